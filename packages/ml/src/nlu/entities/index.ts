import type { Entity, Lang } from '../types';
import { tokenize } from '../text/tokenize';
import { findDates } from './dates';
import type { TaxonomyGazetteers } from './taxonomy';
import { COUNTABLE_AFTER, readMeasure } from './measures';
import { findNumberSpans } from './numbers';

export interface EntityContext {
  readonly lang: Lang;
  /** Needed for relative and year-less dates; without it those are skipped. */
  readonly now?: Date;
  readonly gazetteers?: TaxonomyGazetteers;
}

/**
 * All entities in prepared input, left to right. Each token belongs to at most one entity: a date's
 * day number or a money amount is not repeated as a bare `number`.
 */
export function extractEntities(text: string, context: EntityContext): Entity[] {
  const tokens = tokenize(text);
  if (tokens.length === 0) return [];
  const used = new Array<boolean>(tokens.length).fill(false);
  const spans = findNumberSpans(tokens);
  const entities: Entity[] = [];
  if (context.now)
    entities.push(...findDates(text, tokens, spans, { now: context.now, lang: context.lang }, used));

  for (const span of spans) {
    if (used.slice(span.from, span.to).some(Boolean)) continue;
    const measure = readMeasure(text, tokens, span);
    const consumed = measure
      ? {
          from: tokens.findIndex((t) => t.start === measure.start),
          to: tokens.findIndex((t) => t.end === measure.end) + 1,
        }
      : { from: span.from, to: span.to };
    if (used.slice(consumed.from, consumed.to).some(Boolean)) continue;
    if (!measure && span.ambiguous && !COUNTABLE_AFTER.has(tokens[span.to]?.norm ?? '')) continue;
    for (let k = consumed.from; k < consumed.to; k++) used[k] = true;
    if (measure) entities.push(measure);
    else {
      const first = tokens[span.from]!;
      const last = tokens[span.to - 1]!;
      entities.push({
        type: 'number',
        value: span.value,
        text: text.slice(first.start, last.end),
        start: first.start,
        end: last.end,
      });
    }
  }

  const g = context.gazetteers;
  if (g) {
    const mark = (from: number, to: number) => {
      for (let k = from; k < to; k++) used[k] = true;
      const first = tokens[from]!;
      const last = tokens[to - 1]!;
      return { text: text.slice(first.start, last.end), start: first.start, end: last.end };
    };
    for (const m of g.crafts.find(tokens, used))
      entities.push({ type: 'craft', value: m.value, ...mark(m.from, m.to) });
    for (const m of g.states.find(tokens, used))
      entities.push({ type: 'state', value: m.value, ...mark(m.from, m.to) });
    tokens.forEach((t, i) => {
      if (!used[i] && t.raw.length === 2 && g.stateCodes.has(t.raw)) {
        entities.push({ type: 'state', value: t.raw, ...mark(i, i + 1) });
      }
    });
    for (const m of g.districts.find(tokens, used)) {
      entities.push({
        type: 'district',
        value: m.value.name,
        ref: m.value.id,
        state: m.value.state,
        ...mark(m.from, m.to),
      });
    }
  }
  return entities.sort((a, b) => a.start - b.start);
}
