/**
 * The CLI's parser: linkedom, with its nodes built without event-listener tables, and class
 * attributes kept as plain attributes.
 *
 * linkedom's EventTarget constructor gives every node it builds (each element, text and attribute) a
 * Map of its own, kept in a module-wide WeakMap, for listeners. The pipeline reads documents and
 * never listens for DOM events, yet those tables were about half of linkedom's parse time and much of
 * the garbage collector's work: over the dev corpus, parsing took ~2.0 s of CPU with them, ~0.9 s without.
 *
 * So linkedom's Node class is made to extend Object directly: constructing a node no longer runs the
 * EventTarget constructor, and everything else about nodes stays as it was (their prototypes, hence
 * their methods and `instanceof EventTarget`; dispatchEvent finds no listeners). The change is to the
 * linkedom module loaded in this process, so it holds for every document parsed in it afterwards:
 * adding a listener to a node then throws, with a message saying why (removing one does nothing). Nothing in the CLI's processes
 * (analyze, eval, the benches) listens to a linkedom node. The extension, which reads the live DOM,
 * never loads linkedom.
 *
 * Should a linkedom release build nodes another way, the change is not made and parsing is as before
 * (tests/unit/cli-parse-markup.test.ts fails, to say so).
 *
 * Class attributes: for each one it parses, linkedom sets the element's className, which builds a
 * DOMTokenList (a Set of the tokens) and writes the attribute back through its mutation hooks; reading
 * the attribute then joins the Set again. That was about a tenth of the CLI's parse and read time, for
 * a list nothing in the pipeline uses. So className reads the attribute as written, as a browser does
 * (linkedom gave the tokens deduplicated, one space apart), and parsing builds no token list: one is
 * built only when something asks for classList, and stays in step with the attribute as before. A value
 * set through className still goes through linkedom's token list (deduplicated, one space apart).
 */
import { Element, EventTarget, Node, parseHTML } from 'linkedom';

/** linkedom's Node and Element classes (the exported ones are facades whose prototypes are the classes). */
const NODE_CLASS = Object.getPrototypeOf(Node) as { prototype: object };
const ELEMENT_CLASS = Object.getPrototypeOf(Element) as { prototype: object };

export function parseMarkup(markup: string): Document {
  dropListenerTables();
  keepClassAttributesPlain();
  return parseHTML(markup).document;
}

/** Whether linkedom's nodes are built without listener tables in this process. */
export function withoutListenerTables(): boolean {
  return Object.getPrototypeOf(NODE_CLASS) === Object;
}

function dropListenerTables(): void {
  if (Object.getPrototypeOf(NODE_CLASS) !== EventTarget) return;
  // A constructor whose parent is Object makes its objects as an ordinary class would (V8 keeps its
  // fast path for that; a parent class of our own with an empty constructor was twice as slow).
  Object.setPrototypeOf(NODE_CLASS, Object);
  // linkedom's own methods would fail on a node without a table, with an obscure TypeError.
  Object.defineProperties(NODE_CLASS.prototype, {
    addEventListener: { configurable: true, writable: true, value: refuseListener },
    // No listener can have been added, so there is none to remove (as for any listener never added).
    removeEventListener: { configurable: true, writable: true, value: () => undefined },
  });
}

function refuseListener(): never {
  throw new Error('Nodes parsed by the CLI (scripts/lib/parse-markup.ts) cannot take event listeners: linkedom builds them without listener tables');
}

/** Whether className reads the class attribute as written, in this process. */
export function withPlainClassAttributes(): boolean {
  return Object.getOwnPropertyDescriptor(ELEMENT_CLASS.prototype, 'className')?.get === plainClassName;
}

/** linkedom's own accessor: setting through it keeps an element's classList in step. */
const linkedomClassName = Object.getOwnPropertyDescriptor(ELEMENT_CLASS.prototype, 'className') as
  | { get?(this: Element): string; set?(this: Element, value: string): void }
  | undefined;

function plainClassName(this: Element): string {
  return this.getAttributeNode('class')?.value ?? '';
}

/** The key under which linkedom keeps an element's classList once built (a symbol it does not export). */
function classListKey(): symbol | undefined {
  const probe = parseHTML('<p></p>').document.createElement('p');
  void probe.classList;
  return Object.getOwnPropertySymbols(probe).find((key) => key.description === 'classList');
}

function keepClassAttributesPlain(): void {
  const set = linkedomClassName?.set;
  if (!linkedomClassName?.get || !set || withPlainClassAttributes()) return;
  const classList = classListKey();
  if (!classList) return;
  Object.defineProperty(ELEMENT_CLASS.prototype, 'className', {
    configurable: true,
    enumerable: false,
    get: plainClassName,
    set(this: Element & Record<symbol, unknown>, value: string) {
      // The parser (and setAttributeNode) set it to the value the attribute has just been given: with no
      // classList built, there is nothing to keep in step. A built one is updated by linkedom's setter.
      if (!this[classList] && this.getAttributeNode('class')?.value === String(value)) return;
      set.call(this, value);
    },
  });
}
