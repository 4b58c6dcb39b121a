// The bench's figures live in the README between two markers, `<!-- NAME:start -->` and
// `<!-- NAME:end -->`, and are replaced on each full run.
import { readFileSync, writeFileSync } from "node:fs";

export function writeSection(readme, name, lines) {
  const [start, end] = [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`];
  const text = readFileSync(readme, "utf8");
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${readme} has no ${start} … ${end} section`);
  writeFileSync(readme, `${text.slice(0, from + start.length)}\n${lines.join("\n")}\n${text.slice(to)}`);
  console.log(`\nwritten into ${readme}`);
}
