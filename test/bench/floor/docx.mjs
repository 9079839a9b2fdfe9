// The least a .docx build on the chosen stack can cost: Node starts, remark
// parses the plan, and the docx package writes a one-paragraph document.
// None of gongwen-plan's code runs. Usage: node docx.mjs IN.md OUT.docx
import { readFileSync, writeFileSync } from 'node:fs';
import { Document, Packer, Paragraph } from 'docx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const [input, output] = process.argv.slice(2);
const tree = unified().use(remarkParse).parse(readFileSync(input, 'utf8'));
const document = new Document({ sections: [{ children: [new Paragraph(`${tree.children.length} blocks`)] }] });
writeFileSync(output, await Packer.toBuffer(document));
