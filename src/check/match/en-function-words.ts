// English function words: a rendering guessed from co-occurrence never begins or ends with one of these.
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `a an the and or but nor of to in on at by for from with without as into onto upon over under about after before
  between among through during against within than then that this these those it its it's they them their there
  he she his her we our us you your i my me is are was were be been being am has have had do does did will would
  shall should can could may might must not no so if also such which who whom whose what when where while how
  all any both each more most other some very just only own same too up out off again further once here why
  said says say`
    .split(/\s+/)
    .filter(Boolean),
);
