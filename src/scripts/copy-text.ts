/**
 * <copy-text> adds a Copy button to the <pre> it wraps. Without JavaScript the text stays
 * selectable; with it, the button copies, or selects the text when the clipboard is refused.
 */
class CopyText extends HTMLElement {
  connectedCallback(): void {
    const text = this.querySelector('pre');
    if (!text || this.querySelector('button')) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = `Copy ${this.dataset['label'] ?? ''}`.trim();
    const status = document.createElement('span');
    status.setAttribute('role', 'status');
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(text.textContent ?? '');
        status.textContent = 'Copied';
      } catch {
        getSelection()?.selectAllChildren(text);
        status.textContent = 'Selected: press Ctrl+C or ⌘C to copy';
      }
    });
    this.append(button, status);
  }
}

customElements.define('copy-text', CopyText);
