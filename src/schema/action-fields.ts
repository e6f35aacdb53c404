import { z } from 'zod';
import { text } from './common';

export function actionFieldSchema() {
  return z.strictObject({
    title: text(80),
    summary: text(300),
    keywords: z.array(text(), { error: 'erwartet wird eine Liste von Suchwörtern' }).optional(),
    order: z.number({ error: 'erwartet wird eine Zahl' }).int({ error: 'erwartet wird eine ganze Zahl' }).optional(),
  });
}
export type ActionField = z.output<ReturnType<typeof actionFieldSchema>>;
