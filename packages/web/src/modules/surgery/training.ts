/** Operations by month and role, as a table: months (oldest first) × roles, zero where none. */
export function monthByRole<R extends string>(rows: readonly { month: string; role: R; operations: number }[], roles: readonly R[]) {
  const months = [...new Set(rows.map((r) => r.month))].sort();
  return months.map((month) => {
    const counts = Object.fromEntries(roles.map((role) => [role, 0])) as Record<R, number>;
    for (const r of rows) if (r.month === month) counts[r.role] += r.operations;
    const total = roles.reduce((sum, role) => sum + counts[role], 0);
    return { month, counts, total };
  });
}
