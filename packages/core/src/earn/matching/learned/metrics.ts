/** Ranking metrics for evaluating rankers on held-out outcomes. */

/** Area under the ROC curve (Mann–Whitney U with tied scores sharing ranks); NaN without both classes. */
export function auc(scores: readonly number[], labels: readonly number[]): number {
  const order = scores.map((s, i) => ({ s, y: labels[i]! })).sort((a, b) => a.s - b.s);
  let positives = 0;
  let rankSum = 0;
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j < order.length && order[j]!.s === order[i]!.s) j++;
    const averageRank = (i + 1 + j) / 2;
    for (let t = i; t < j; t++) {
      if (order[t]!.y > 0) {
        positives++;
        rankSum += averageRank;
      }
    }
    i = j;
  }
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) return NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

export interface Scored {
  group: string;
  id: string;
  score: number;
  label: number;
}

/** Mean NDCG@k over groups (requests) with at least one positive; ties in score go to the smaller id. */
export function ndcgAt(k: number, rows: readonly Scored[]): number {
  const groups = new Map<string, Scored[]>();
  for (const r of rows) {
    const list = groups.get(r.group);
    if (list) list.push(r);
    else groups.set(r.group, [r]);
  }
  let total = 0;
  let counted = 0;
  for (const list of groups.values()) {
    const ideal = list.map((r) => r.label).sort((a, b) => b - a);
    const idcg = ideal.slice(0, k).reduce((s, rel, i) => s + rel / Math.log2(i + 2), 0);
    if (idcg === 0) continue;
    const ranked = [...list].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const dcg = ranked.slice(0, k).reduce((s, r, i) => s + r.label / Math.log2(i + 2), 0);
    total += dcg / idcg;
    counted++;
  }
  return counted ? total / counted : NaN;
}
