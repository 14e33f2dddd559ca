// "Reproduce in Python": the NumPy script for the page's current setup, to read, copy or download. SetupForm loads
// this module (and the script generator with it) on the first click of its button, so pages pay nothing at load.
import { useEffect, useId, useState } from 'preact/hooks';
import { pythonScript } from '../lib/python-export.ts';
import { linkFor } from '../page/links.ts';
import { useView, type PageStore } from '../page/store.ts';

/** The script for the setup and the steps the page shows, with a copy button and a download link. */
function PythonExport({ page }: { page: PageStore }) {
  const { current, view } = useView(page);
  const id = useId();
  const [copied, setCopied] = useState('');
  const [href, setHref] = useState('');
  const script = pythonScript(page.definition, current, view.steps, linkFor(page));
  // A download link is a navigation to a blob: URL (no fetch), which the page's Content-Security-Policy allows.
  useEffect(() => {
    const url = URL.createObjectURL(new Blob([script], { type: 'text/x-python' }));
    setHref(url);
    return () => URL.revokeObjectURL(url);
  }, [script]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(script);
      setCopied('Script copied.');
    } catch {
      setCopied('Select the text of the script and copy it.');
    }
  };
  return (
    <div class="python-export">
      <label for={id}>Python script for this setup (NumPy): it prints each number under its name on this page</label>
      <textarea id={id} readOnly rows={16} spellcheck={false} value={script} />
      <div class="button-row">
        <button type="button" onClick={copy}>
          Copy script
        </button>
        {href && (
          <a href={href} download="backprop-setup.py">
            Download backprop-setup.py
          </a>
        )}
        <span class="field-hint" role="status">
          {copied}
        </span>
      </div>
    </div>
  );
}

export { PythonExport as View };
