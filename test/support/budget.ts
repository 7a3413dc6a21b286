export const lineFields = `id category label planned quoted deposit committed paid booking { id state } payments { amount paidOn note }`;

export const budgetOps = {
  addLine: `mutation($input: AddBudgetLineInput!) { addBudgetLine(input: $input) { line { ${lineFields} } } }`,
  updateLine: `mutation($input: UpdateBudgetLineInput!) { updateBudgetLine(input: $input) { line { ${lineFields} } } }`,
  removeLine: `mutation($input: RemoveBudgetLineInput!) { removeBudgetLine(input: $input) { id } }`,
  pay: `mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { line { ${lineFields} } payment { id amount paidOn note } } }`,
  lines: `query($id: ID!) { event(id: $id) { budget budgetLines { ${lineFields} } } }`,
  summary: `query($id: ID!) { event(id: $id) { budgetSummary { total planned quoted committed paid outstanding projected balance standing
    categories { category planned quoted committed paid } } } }`,
};

export interface LineView {
  id: string;
  category: string;
  label: string;
  planned: number;
  quoted: number | null;
  deposit: number | null;
  committed: number;
  paid: number;
  booking: { id: string; state: string } | null;
  payments: { amount: number; paidOn: string; note: string | null }[];
}

export interface BudgetSummaryView {
  total: number | null;
  planned: number;
  quoted: number;
  committed: number;
  paid: number;
  outstanding: number;
  projected: number;
  balance: number | null;
  standing: string;
  categories: { category: string; planned: number; quoted: number; committed: number; paid: number }[];
}
