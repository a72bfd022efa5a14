import type { LetterInline, LetterNode } from '../../core/index.ts';

/**
 * A rendered letter drawn from the core's blocks, as elements: every value, host-page text
 * included, goes in as text, never through an HTML parser. Headings in the letter are `<h3>`
 * (the view around it has the `<h1>` and `<h2>`); links only come from the policy's addresses
 * and checked email addresses.
 *
 * @example
 * <LetterBlocks blocks={renderLetter('acknowledgement', data, policy).blocks} />
 * //=> <p>Our reference: ASB-1001</p><p>Dear Ms Bello,</p>…
 */
export function LetterBlocks({ blocks }: { blocks: readonly LetterNode[] }) {
  return <>{blocks.map((block, i) => <Block key={i} block={block} />)}</>;
}

function Block({ block }: { block: LetterNode }) {
  switch (block.type) {
    case 'p':
      return (
        <p>
          {block.lines.map((line, i) => (
            <>
              {i > 0 ? <br /> : null}
              <Inlines inlines={line} />
            </>
          ))}
        </p>
      );
    case 'h':
      return (
        <h3>
          <Inlines inlines={block.content} />
        </h3>
      );
    case 'ul':
      return (
        <ul>
          {block.items.map((item, i) => (
            <li key={i}>
              <Inlines inlines={item} />
            </li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <table>
          <thead>
            <tr>
              {block.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: block.rows }, (_, row) => (
              <tr key={row}>
                {block.columns.map((column) => (
                  <td key={column} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    default:
      return block satisfies never;
  }
}

function Inlines({ inlines }: { inlines: readonly LetterInline[] }) {
  return <>{inlines.map((inline, i) => ('href' in inline ? <a key={i} href={inline.href}>{inline.text}</a> : inline.text))}</>;
}
