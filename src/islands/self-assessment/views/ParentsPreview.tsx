import type { ParentsBlock } from '../../../domain/assessment/parents-text';

/**
 * The text for parents as the page shows it and prints it: the same blocks the copies are made from, so what
 * the school sees is what parents get. Headings sit one level below the step's own heading (h2).
 */
export function ParentsPreview({ blocks, titleId }: { blocks: readonly ParentsBlock[]; titleId: string }) {
  const many = blocks.some((block) => block.kind === 'list' && block.items.length > 8);
  return (
    <article class={`skc-parents-doc${many ? ' skc-parents-doc--long' : ''}`} aria-labelledby={titleId}>
      {blocks.map((block, i) => {
        if (block.kind === 'heading') {
          return block.level === 2 ? <h3 key={i} id={titleId}>{block.text}</h3> : <h4 key={i}>{block.text}</h4>;
        }
        if (block.kind === 'paragraph') return <p key={i}>{block.text}</p>;
        return (
          <ul key={i}>
            {block.items.map((item, j) => <li key={j}>{item}</li>)}
          </ul>
        );
      })}
    </article>
  );
}
