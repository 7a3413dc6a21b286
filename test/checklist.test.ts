import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Queue, QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { codeOf, ok, refused, user, waitFor, type User } from './support/bookings.ts';
import { startStack, type Stack } from './support/stack.ts';

const taskFields = 'id title titleAr note dueOn followsEventDate assignee { id } done doneAt';
const ops = {
  createEvent: `mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }`,
  updateEvent: `mutation($input: UpdateEventInput!) { updateEvent(input: $input) { event { id date } } }`,
  tasks: `query($id: ID!, $filter: TaskFilter, $first: Int, $after: String) { event(id: $id) {
    tasks(filter: $filter, first: $first, after: $after) { totalCount edges { cursor node { ${taskFields} } } pageInfo { hasNextPage endCursor } } } }`,
  add: `mutation($input: AddTaskInput!) { addTask(input: $input) { task { ${taskFields} } } }`,
  update: `mutation($input: UpdateTaskInput!) { updateTask(input: $input) { task { ${taskFields} } } }`,
  complete: `mutation($input: TaskIdInput!) { completeTask(input: $input) { task { ${taskFields} } } }`,
  remove: `mutation($input: TaskIdInput!) { removeTask(input: $input) { removedTaskId } } `,
  notifications: `{ notifications(first: 50) { edges { node { kind title body link createdAt } } } }`,
};

interface TaskView {
  id: string;
  title: string;
  titleAr: string | null;
  dueOn: string | null;
  followsEventDate: boolean;
  done: boolean;
}
interface TaskPage {
  totalCount: number;
  edges: { cursor: string; node: TaskView }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
interface NotificationView {
  kind: string;
  title: string;
  body: string;
  link: string;
  createdAt: string;
}

/** The calendar day `days` before `date` (both YYYY-MM-DD). */
const daysBefore = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

describe('the checklist and its reminders', () => {
  let stack: Stack;
  let couple: User, partner: User, stranger: User, staff: User;
  let redis: Redis;
  let queue: Queue;
  let queueEvents: QueueEvents;
  let eventsConnection: Redis;

  before(async () => {
    stack = await startStack({ REMINDER_RECONCILE_MS: '1000', REMINDER_GRACE_MS: '1000' }, { workers: true });
    [couple, partner, stranger, staff] = await Promise.all([
      user(stack, 'COUPLE'),
      user(stack, 'COUPLE'),
      user(stack, 'COUPLE'),
      user(stack, 'STAFF'),
    ]);
    redis = new Redis(stack.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
    queue = new Queue('event', { connection: redis, prefix: stack.env.QUEUE_PREFIX });
    eventsConnection = redis.duplicate();
    queueEvents = new QueueEvents('event', { connection: eventsConnection, prefix: stack.env.QUEUE_PREFIX });
    await queueEvents.waitUntilReady();
  });
  after(async () => {
    await queueEvents.close();
    await queue.close();
    eventsConnection.disconnect();
    redis.disconnect();
    await stack.stop();
  });

  const createEvent = async (kind: string, date: string, who = couple) =>
    (await ok<{ event: { id: string } }>(stack, ops.createEvent, { input: { kind, title: `${kind} ${date}`, date } }, who)).event.id;
  const tasksOf = async (id: string, variables: Record<string, unknown> = {}, who = couple) =>
    (await ok<{ tasks: TaskPage } | null>(stack, ops.tasks, { id, first: 100, ...variables }, who))!.tasks;
  const addTask = async (eventId: string, title: string, dueOn: string | null) =>
    (await ok<{ task: TaskView }>(stack, ops.add, { input: { eventId, title, dueOn } }, couple)).task;
  /**
   * When a delayed job will run on the machine's clock, to the second (BullMQ counts its delay from when it took
   * the job, Postgres computed it a moment before); null when there is no such job.
   */
  const scheduledAt = async (jobId: string) => {
    const job = await queue.getJob(jobId);
    return job ? Math.round((job.timestamp + (job.opts.delay ?? 0)) / 1000) * 1000 : null;
  };
  /** `scheduledAt` once the outbox's relay has queued the job (it does so just after the commit); null after 10 s. */
  const firesAt = async (jobId: string) => {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const at = await scheduledAt(jobId);
      if (at !== null || Date.now() > deadline) return at;
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const notificationsOf = async (who: User) =>
    (await ok<{ edges: { node: NotificationView }[] }>(stack, ops.notifications, {}, who)).edges
      .map((e) => e.node)
      .filter((n) => n.kind === 'CHECKLIST_REMINDER');

  it('gives a new wedding the template checklist, each task due its days before the date, in French and Arabic', async () => {
    const eventId = await createEvent('WEDDING', '2029-06-16');
    const firstPage = await tasksOf(eventId, { first: 10 });
    assert.equal(firstPage.totalCount, 28);
    assert.equal(firstPage.edges.length, 10);
    assert.deepEqual(
      firstPage.edges.slice(0, 2).map((e) => e.node),
      [
        {
          id: firstPage.edges[0]!.node.id,
          title: 'Fixer la date du mariage avec les deux familles',
          titleAr: 'تحديد موعد العرس مع العائلتين',
          note: null,
          dueOn: daysBefore('2029-06-16', 400),
          followsEventDate: true,
          assignee: null,
          done: false,
          doneAt: null,
        },
        {
          id: firstPage.edges[1]!.node.id,
          title: 'Réserver la salle des fêtes',
          titleAr: 'حجز قاعة الحفلات',
          note: null,
          dueOn: '2028-06-16',
          followsEventDate: true,
          assignee: null,
          done: false,
          doneAt: null,
        },
      ],
    );
    const rest = await tasksOf(eventId, { first: 100, after: firstPage.pageInfo.endCursor });
    const all = [...firstPage.edges, ...rest.edges].map((e) => e.node);
    assert.equal(all.length, 28);
    assert.equal(rest.pageInfo.hasNextPage, false);
    assert.equal(new Set(all.map((t) => t.id)).size, 28);
    assert.deepEqual(
      all.map((t) => t.dueOn),
      all.map((t) => t.dueOn).sort(),
      'earliest due first',
    );
    assert.ok(all.some((t) => t.title.includes('negafa')) && all.some((t) => t.title.includes('cortège')));
    assert.equal(all.at(-1)!.dueOn, '2029-06-14');

    const soon = await tasksOf(eventId, { filter: { dueBefore: '2029-06-10', done: false } });
    assert.deepEqual(
      soon.edges.map((e) => e.node.dueOn),
      all.map((t) => t.dueOn).filter((d) => d! < '2029-06-10'),
    );

    const henna = await tasksOf(await createEvent('HENNA', '2029-06-14'));
    assert.equal(henna.totalCount, 8);
    assert.equal(henna.edges[0]!.node.title, 'Réserver le lieu de la soirée du henné');
  });

  it("moves template tasks with the event's date, but not the due dates the couple set by hand", async () => {
    const eventId = await createEvent('WEDDING', '2029-06-16');
    const before = (await tasksOf(eventId)).edges.map((e) => e.node);
    const hall = before.find((t) => t.title === 'Réserver la salle des fêtes')!;
    const redated = (await ok<{ task: TaskView }>(stack, ops.update, { input: { taskId: hall.id, dueOn: '2028-05-01' } }, couple)).task;
    assert.deepEqual([redated.dueOn, redated.followsEventDate], ['2028-05-01', false]);
    const own = await addTask(eventId, 'Réserver le studio photo pour la séance', '2029-01-20');
    assert.equal(own.followsEventDate, false);

    const moved = await ok<{ event: { date: string } }>(stack, ops.updateEvent, { input: { id: eventId, date: '2029-07-14' } }, couple);
    assert.equal(moved.event.date, '2029-07-14');
    const after = (await tasksOf(eventId)).edges.map((e) => e.node);
    const shifted = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 28 * 86_400_000).toISOString().slice(0, 10);
    for (const task of before.filter((t) => t.id !== hall.id)) {
      assert.equal(after.find((t) => t.id === task.id)!.dueOn, shifted(task.dueOn!), task.title);
    }
    assert.equal(after.find((t) => t.id === hall.id)!.dueOn, '2028-05-01');
    assert.equal(after.find((t) => t.id === own.id)!.dueOn, '2029-01-20');
  });

  it('schedules reminders at 09:00 Africa/Algiers on the due day and 7 days before, moves them with the due date, cancels them when done or removed', async () => {
    const eventId = await createEvent('OTHER', '2029-09-01');
    const task = await addTask(eventId, 'Essayer la chedda chez la couturière', '2028-03-15');
    // Algeria keeps UTC+1 all year: 09:00 there is 08:00 UTC.
    assert.equal(await firesAt(`${task.id}-reminder-1-7`), Date.parse('2028-03-08T08:00:00Z'));
    assert.equal(await firesAt(`${task.id}-reminder-1-0`), Date.parse('2028-03-15T08:00:00Z'));

    await ok(stack, ops.update, { input: { taskId: task.id, dueOn: '2028-04-01' } }, couple);
    assert.equal(await scheduledAt(`${task.id}-reminder-1-7`), null);
    assert.equal(await scheduledAt(`${task.id}-reminder-1-0`), null);
    assert.equal(await firesAt(`${task.id}-reminder-2-7`), Date.parse('2028-03-25T08:00:00Z'));
    assert.equal(await firesAt(`${task.id}-reminder-2-0`), Date.parse('2028-04-01T08:00:00Z'));
    // Changing anything but the due date leaves the reminders be.
    await ok(stack, ops.update, { input: { taskId: task.id, note: 'Apporter les mesures' } }, couple);
    assert.notEqual(await firesAt(`${task.id}-reminder-2-0`), null);

    // A reminder of the old due date that fires anyway (its job was already taken) does nothing.
    const stale = await queue.add('taskReminder', { taskId: task.id, version: 1, daysBefore: 0 }, { jobId: `${task.id}-stale-probe` });
    assert.deepEqual(await stale.waitUntilFinished(queueEvents, 15_000), { outcome: 'stale' });

    const done = (await ok<{ task: TaskView }>(stack, ops.complete, { input: { taskId: task.id } }, couple)).task;
    assert.equal(done.done, true);
    assert.equal(await scheduledAt(`${task.id}-reminder-2-7`), null);
    assert.equal(await scheduledAt(`${task.id}-reminder-2-0`), null);
    const late = await queue.add('taskReminder', { taskId: task.id, version: 2, daysBefore: 0 }, { jobId: `${task.id}-done-probe` });
    assert.deepEqual(await late.waitUntilFinished(queueEvents, 15_000), { outcome: 'stale' });

    const other = await addTask(eventId, 'Réserver la calèche', '2028-06-10');
    assert.notEqual(await firesAt(`${other.id}-reminder-1-0`), null);
    await ok(stack, ops.remove, { input: { taskId: other.id } }, couple);
    assert.equal(await scheduledAt(`${other.id}-reminder-1-0`), null);
    assert.equal(
      (await tasksOf(eventId)).edges.some((e) => e.node.id === other.id),
      false,
    );

    // An undated task has no reminder; done tasks are filtered out on request.
    const undated = await addTask(eventId, 'Choisir les dragées', null);
    assert.equal(await scheduledAt(`${undated.id}-reminder-1-0`), null);
    const open = await tasksOf(eventId, { filter: { done: false } });
    assert.equal(
      open.edges.some((e) => e.node.id === task.id),
      false,
    );
    assert.equal(open.edges.at(-1)!.node.id, undated.id, 'undated tasks come last');
  });

  it('keeps the checklist to the event owners, at the gateway and at the subgraph', async () => {
    const eventId = await createEvent('ENGAGEMENT', '2029-03-10');
    const [task] = (await tasksOf(eventId)).edges.map((e) => e.node);

    const seen = await stack.query<{ event: unknown }>(ops.tasks, { id: eventId }, stranger.headers);
    assert.deepEqual(seen.body.data, { event: null });
    const asStaff = await stack.query<{ event: { tasks: unknown } }>(ops.tasks, { id: eventId }, staff.headers);
    assert.deepEqual(asStaff.body.data, { event: { tasks: null } });

    for (const [op, input] of [
      [ops.update, { taskId: task!.id, title: 'Pris' }],
      [ops.complete, { taskId: task!.id }],
      [ops.remove, { taskId: task!.id }],
      [ops.add, { eventId, title: 'Intrus' }],
    ] as const) {
      const body = await refused(stack, op, { input }, stranger);
      assert.equal(codeOf(body), 'NOT_FOUND');
    }
    const direct = async (who: User, query: string, variables: Record<string, unknown>) => {
      const res = await stack.direct('event', { query, variables }, who.headers);
      return (await res.json()) as { data: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };
    };
    const entities = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Event { id tasks { totalCount } } } }`;
    const r = [{ __typename: 'Event', id: eventId }];
    assert.deepEqual((await direct(stranger, entities, { r })).data, { _entities: [null] });
    assert.deepEqual((await direct(couple, entities, { r })).data, { _entities: [{ id: eventId, tasks: { totalCount: 9 } }] });
    const takeover = await direct(stranger, ops.complete, { input: { taskId: task!.id } });
    assert.equal(takeover.errors?.[0]?.extensions?.code, 'NOT_FOUND');

    const untouched = (await tasksOf(eventId)).edges.map((e) => e.node);
    assert.equal(untouched.length, 9);
    assert.deepEqual(untouched[0], task);

    // Bad input names its field; an assignee must be one of the owners.
    for (const [op, input, field] of [
      [ops.add, { eventId, title: '  ' }, 'title'],
      [ops.update, { taskId: task!.id, dueOn: '2028-02-30' }, 'dueOn'],
      [ops.update, { taskId: task!.id, assigneeId: stranger.id }, 'assigneeId'],
    ] as const) {
      const body = await refused(stack, op, { input }, couple);
      assert.equal(codeOf(body), 'BAD_USER_INPUT');
      assert.equal(body.errors?.[0]?.extensions?.field, field);
    }
    const assigned = await ok<{ task: { assignee: { id: string } } }>(
      stack,
      ops.update,
      { input: { taskId: task!.id, assigneeId: couple.id } },
      couple,
    );
    assert.equal(assigned.task.assignee.id, couple.id);
  });

  it('sends a reminder once at 09:00 Africa/Algiers to both owners, and the reconciler sends one whose job was lost', async () => {
    const eventId = await createEvent('OTHER', '2029-09-01');
    // The partner becomes a co-owner: they see the checklist, may be given a task, and are reminded too.
    const invite = await ok<{ token: string }>(
      stack,
      `mutation($input: InviteCoOwnerInput!) { inviteCoOwner(input: $input) { token } }`,
      { input: { eventId, email: 'yasmine@example.dz' } },
      couple,
    );
    await ok(
      stack,
      `mutation($input: AcceptEventInvitationInput!) { acceptEventInvitation(input: $input) { event { id } } }`,
      { input: { token: invite.token } },
      partner,
    );
    assert.equal((await tasksOf(eventId, {}, partner)).totalCount, 5);
    // Due 2028-01-12: reminders at 09:00 on 2028-01-05 and 2028-01-12. Redis loses both jobs.
    const lost = await addTask(eventId, 'Récupérer les cartes chez l’imprimeur', '2028-01-12');
    for (const days of [7, 0]) assert.equal(await queue.remove(`${lost.id}-reminder-1-${days}`), 1);

    // The event subgraph and the workers come back with the reminders' clock a few seconds before 09:00 in
    // Algiers on 2028-01-10 (config, as documented): that is now 5 days past the lost reminder.
    const nineAm = Date.parse('2028-01-10T09:00:00+01:00');
    const offset = nineAm - Math.ceil((Date.now() + 20_000) / 1000) * 1000;
    const clock = { REMINDER_CLOCK_OFFSET_MS: String(offset) };
    await stack.stopWorkers();
    await stack.kill('event');
    await stack.revive('event', clock);
    await stack.startWorkers(clock);

    assert.ok(Date.now() + offset < nineAm, 'the stack restarted before the reminder time it is meant to show');
    const due = await addTask(eventId, 'Confirmer le traiteur', '2028-01-10');
    const assigned = await ok<{ task: { assignee: { id: string } } }>(
      stack,
      ops.update,
      { input: { taskId: due.id, assigneeId: partner.id } },
      couple,
    );
    assert.equal(assigned.task.assignee.id, partner.id);
    // The reminder 7 days before is already past on that clock: only the one on the day is set.
    assert.equal(await scheduledAt(`${due.id}-reminder-1-7`), null);
    assert.equal(await firesAt(`${due.id}-reminder-1-0`), nineAm - offset);

    const remindersOf = async (taskId: string) =>
      (await notificationsOf(couple)).filter((n) => n.link === `/events/${eventId}/tasks/${taskId}`);
    await waitFor(async () => (await remindersOf(due.id)).length > 0, 'the 09:00 reminder', 40_000);
    const reminded = await remindersOf(due.id);
    assert.equal(reminded.length, 1);
    assert.deepEqual(
      { title: reminded[0]!.title, body: reminded[0]!.body },
      { title: 'Reminder: Confirmer le traiteur', body: 'Due 2028-01-10' },
    );
    assert.ok(Date.parse(reminded[0]!.createdAt) + offset >= nineAm, 'not before 09:00 in Algiers');
    const partnerReminded = (await notificationsOf(partner)).filter((n) => n.link === `/events/${eventId}/tasks/${due.id}`);
    assert.equal(partnerReminded.length, 1);

    // A retried delivery of the same reminder does nothing.
    const again = await queue.add('taskReminder', { taskId: due.id, version: 1, daysBefore: 0 }, { jobId: `${due.id}-retry-probe` });
    assert.deepEqual(await again.waitUntilFinished(queueEvents, 15_000), { outcome: 'already-sent' });

    // The lost 2028-01-05 reminder is overdue and its task not yet due: the reconciler sends it, once.
    await waitFor(async () => (await remindersOf(lost.id)).length > 0, 'the lost reminder, recovered', 30_000);
    const recovered = await remindersOf(lost.id);
    assert.equal(recovered.length, 1);
    assert.equal(recovered[0]!.body, 'Due 2028-01-12');
    await stack.drainJobs();
    await new Promise((r) => setTimeout(r, 2500)); // two more reconciler rounds
    const all = await notificationsOf(couple);
    assert.equal(all.filter((n) => n.link.endsWith(lost.id)).length, 1);
    assert.equal(all.filter((n) => n.link.endsWith(due.id)).length, 1);
    // Nothing else was due on that clock: the weddings' checklists wait for 2028's summer.
    assert.equal(all.length, 2);
  });
});
