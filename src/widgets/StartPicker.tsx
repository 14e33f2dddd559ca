// The start picker's view lives with the random-starts experiment (one chunk for both); this is its island.
import { island } from './island.tsx';
import { StartPicker } from './RandomStarts.tsx';

export default /* @__PURE__ */ island('start-picker', StartPicker);
