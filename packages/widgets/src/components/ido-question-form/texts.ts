import type { ElementTexts } from '../../localization/strings.js';
import { questionFormEn, questionFormNl, type QuestionFormStrings } from './strings.js';

/** The element's text for the language registry (`IdoQuestionForm.texts`). */
export const questionFormTexts: ElementTexts<QuestionFormStrings> = {
  nl: questionFormNl,
  en: questionFormEn,
};
