import { z } from 'zod';
import { text } from './common';

export function targetGroupSchema() {
  return z.strictObject({
    title: text(80),
    summary: text(300).optional(),
  });
}
export type TargetGroup = z.output<ReturnType<typeof targetGroupSchema>>;
