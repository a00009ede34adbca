/**
 * Frontmatter of a hand-written kfunc note, `content/kfuncs/<name>.md`: the body (usage notes,
 * examples) is shown on the kfunc's page; `deprecation` records a notice the source does not carry.
 */
import { z } from 'zod';

const versionKey = z.string().regex(/^\d+\.\d+$/, { error: 'write a version as X.Y, e.g. "7.2"' });

export const NoteLinkSchema = z.union([
  z.strictObject({
    /** What the link is, e.g. the patch subject. */
    title: z.string().min(1),
    url: z.url(),
  }),
  z.strictObject({
    title: z.string().min(1).optional(),
    /** A mailing-list Message-ID, linked through the configured `messageIdUrl`. */
    messageId: z.string().min(3),
  }),
]);

export const NoteSchema = z.strictObject({
  /** The kfunc the note is about; defaults to the file name. */
  kfunc: z.string().regex(/^[A-Za-z_]\w*$/, { error: 'a kfunc name is a C identifier' }).optional(),
  deprecation: z
    .strictObject({
      /** First version in which the kfunc counts as deprecated. */
      since: versionKey,
      /** Version planned for its removal. */
      removal: versionKey.optional(),
      /** The kfunc to use instead. */
      replacement: z.string().optional(),
      /** Where the deprecation was decided: patches, threads. */
      links: z.array(NoteLinkSchema).default([]),
    })
    .optional(),
});

export type Note = z.output<typeof NoteSchema>;
