import { defineIdoQuestionForm } from './ido-question-form.js';

defineIdoQuestionForm();
