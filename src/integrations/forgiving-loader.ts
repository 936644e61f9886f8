import type { Loader, LoaderContext } from 'astro/loaders';

// In `astro dev`, a content file with a mistake must not stop the server: Astro's loaders throw on the
// first file that does not fit its schema or cannot be read, and a dev server that starts with such a file
// exits with an English stack trace. The content check (content-check.ts) has already said what is wrong,
// in the editor's language, and shows it in the browser instead of every page until it is solved; so in
// `astro dev` only, a file that does not fit is kept as it is written, and read again, checked, when saved.
// `astro build` and `astro check` are strict: the check stops them before Astro reads anything.

/** Set by the content check's integration in `astro dev` (astro:config:setup runs before the content loads). */
export const DEV_FLAG = 'SKC_DEV_CONTENT_CHECK';

type EntryType = { getEntryInfo(params: unknown): Promise<Record<string, unknown>> };

export function forgivingInDev(loader: Loader): Loader {
  return {
    ...loader,
    load(context: LoaderContext) {
      if (process.env[DEV_FLAG] !== '1') return loader.load(context);
      const entryTypes = (context as LoaderContext & { entryTypes?: Map<string, EntryType> }).entryTypes;
      const forgiving = {
        ...context,
        async parseData<T extends Record<string, unknown>>(props: { id: string; data: T; filePath?: string }): Promise<T> {
          try {
            return await context.parseData(props);
          } catch {
            return props.data;
          }
        },
        entryTypes:
          entryTypes &&
          new Map(
            [...entryTypes].map(([extension, type]) => [
              extension,
              {
                ...type,
                async getEntryInfo(params: unknown) {
                  try {
                    return await type.getEntryInfo(params);
                  } catch {
                    return { data: {}, body: '', rawData: '', slug: '' };
                  }
                },
              },
            ]),
          ),
      };
      return loader.load(forgiving as LoaderContext);
    },
  };
}
