// The engine's one UTF-8 byte counter, under the name world's modules import.

export { utf8Length } from '../text/utf8';
