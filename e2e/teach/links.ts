// The assignment links the teaching tests open, in one place: the "For instructors" panel must build exactly these.
export const LOCK_LINK = 'part-1/forward-pass/?lock=w1,w2,lr';
export const HIDE_LINK = 'part-1/training/?hide=presets,training,activation';
export const QUIZ_LINK = 'part-1/backpropagation/?quiz=grad_w1,next_w1';
