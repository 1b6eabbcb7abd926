/** Feed validation cost against JSON.parse of the same text (medians of 3, same process). */
import { FeedSchema, parseFeed } from '@idokit/sdk';
import { median, type Figure } from '@idokit/server/bench';
import { feedText } from './feed-fixture.js';

export async function measureFeedParse({ quick }: { quick: boolean }): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const count of quick ? [1000] : [1000, 10_000]) {
    const text = feedText(count);
    const json: number[] = [];
    const schema: number[] = [];
    const entries: number[] = [];
    // One untimed round first: the timings then compare warmed-up code, as on a page's second feed.
    FeedSchema.safeParse(JSON.parse(text));
    for (let run = 0; run < 3; run++) {
      let start = performance.now();
      const data: unknown = JSON.parse(text);
      json.push(performance.now() - start);
      start = performance.now();
      FeedSchema.safeParse(data);
      schema.push(performance.now() - start);
      start = performance.now();
      await parseFeed(JSON.parse(text), { onLeftOut: () => undefined });
      entries.push(performance.now() - start - json[run]!);
    }
    const ratio = (t: number[]) => Math.round((median(t) / median(json)) * 10) / 10;
    figures.push({
      id: `feed-parse.${count}`,
      figure: `FeedSchema.parse vs JSON.parse, ${count} locations`,
      value: ratio(schema),
      unit: '×',
      budget: '≤ 2×',
      met: ratio(schema) <= 2,
      peer: { label: 'JSON.parse', value: Math.round(median(json)), unit: 'ms' },
      note: `parseFeed (entry by entry) ${ratio(entries)}×; FeedSchema ${Math.round(median(schema))} ms`,
    });
  }
  return figures;
}
