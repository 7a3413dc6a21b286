import { unauthenticated, type Viewer } from '@zaffa/shared';
import type { EventResolvers, MutationResolvers, TaskResolvers } from '../__generated__/resolvers-types.ts';
import { addTask, completeTask, listTasks, removeTask, updateTask } from '../checklist/tasks.ts';
import { ownsEvent } from '../entities/Event.ts';

function signedIn(viewer: Viewer | null): Viewer {
  if (!viewer) throw unauthenticated();
  return viewer;
}

export const Task: TaskResolvers = {
  dueOn: (task) => task.dueOn,
  followsEventDate: (task) => task.daysBeforeEvent !== null,
  assignee: (task) => (task.assigneeId ? { id: task.assigneeId } : null),
  done: (task) => task.doneAt !== null,
  doneAt: (task) => task.doneAt?.toISOString() ?? null,
  createdAt: (task) => task.createdAt.toISOString(),
};

/** The checklist's part of `Event`: only its owners see it, staff no more than anyone else. */
export const checklistEventFields: Pick<EventResolvers, 'tasks'> = {
  tasks: (event, { filter, ...page }, { deps, viewer }) =>
    viewer && ownsEvent(event, viewer.id) ? listTasks(deps, event.id, filter, page) : null,
};

export const checklistMutations: Pick<MutationResolvers, 'addTask' | 'updateTask' | 'completeTask' | 'removeTask'> = {
  addTask: async (_parent, { input }, { deps, viewer }) => ({ task: await addTask(deps, signedIn(viewer), input) }),
  updateTask: async (_parent, { input }, { deps, viewer }) => ({ task: await updateTask(deps, signedIn(viewer), input) }),
  completeTask: async (_parent, { input }, { deps, viewer }) => ({ task: await completeTask(deps, signedIn(viewer), input) }),
  removeTask: async (_parent, { input }, { deps, viewer }) => ({ removedTaskId: await removeTask(deps, signedIn(viewer), input) }),
};
