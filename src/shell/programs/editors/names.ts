// The editors' command names, known without loading their code (for the lazy program group and
// the files on PATH).

export const EDITOR_NAMES = ['vi', 'vim', 'view', 'nano'] as const;
