import { words } from './words';

/** Abbreviations written with a period that do not end a sentence by themselves (lower case, no period). */
export const ABBREVIATIONS = words(`
  mr mrs ms messrs mme mlle dr prof gen gens sen sens rep reps gov govs lt col sgt capt cpt adm cmdr cdr maj brig
  rev fr hon pres supt insp det atty amb sr jr st mt ft ave blvd rd no nos vs etc inc corp co ltd bros dept univ
  jan feb mar apr jun jul aug sep sept oct nov dec
`);

/** Abbreviations that precede a name or a number: a sentence never ends right after them ("No." only before a digit, see sentences.ts). */
export const NEVER_FINAL = words(`
  mr mrs ms messrs mme mlle dr prof gen gens sen sens rep reps gov govs lt col sgt capt cpt adm cmdr cdr maj brig
  rev fr hon pres supt insp det atty amb st mt ft vs
  jan feb mar apr jun jul aug sep sept oct nov dec
`);
