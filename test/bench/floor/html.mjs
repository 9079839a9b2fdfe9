// The least an HTML build on the chosen stack can cost: Node starts, remark
// parses the plan, and Handlebars renders a one-line page. None of
// gongwen-plan's code runs. Usage: node html.mjs IN.md OUT.html
import { readFileSync, writeFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const [input, output] = process.argv.slice(2);
const tree = unified().use(remarkParse).parse(readFileSync(input, 'utf8'));
const page = Handlebars.compile('<!doctype html><html lang="zh-CN"><p>{{blocks}} blocks</p></html>', { strict: true });
writeFileSync(output, page({ blocks: tree.children.length }));
