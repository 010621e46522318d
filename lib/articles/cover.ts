/**
 * A cover that the body already shows (the same photo as a <Figure>) is not shown again above it:
 * one rule for the public page and the editor's preview, so the preview is what readers see.
 */
export function isCoverInBody(body: string, cover: { src: string } | null | undefined): boolean {
  return !!cover && body.includes(`src="${cover.src}"`);
}
