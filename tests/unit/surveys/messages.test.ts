// Error messages for unanswered questions: the editor's own words, or ones turned round from the question.
import { describe, expect, it } from 'vitest';
import { requiredMessage } from '../../../src/surveys/index.ts';
import { aSurvey } from './fixtures.ts';

const question = (label: string, type: 'single-choice' | 'multiple-choice' | 'short-text' = 'single-choice', errorMessage?: string) =>
  aSurvey([{ key: 'q', type, label, ...(errorMessage ? { errorMessage } : {}) }]).questions[0]!;

describe('the message for a required question left unanswered', () => {
  it('is the editor’s message when the question has one', () => {
    expect(requiredMessage(question('How old are you?', 'single-choice', 'Select how old you are now'))).toBe('Select how old you are now');
  });

  it.each([
    ['How old are you?', 'Select how old you are'],
    ['How do you feel at school or college?', 'Select how you feel at school or college'],
    ['Which part of Westmoor do you live in?', 'Select which part of Westmoor you live in'],
    ['Do adults listen to you?', 'Select if adults listen to you'],
    ['Are there enough fun things to do after school?', 'Select if there are enough fun things to do after school'],
    ['Who helps you most?', 'Select who helps you most'],
    ['Overall, how would you describe your experience?', 'Select how you would describe your experience'],
  ])('turns “%s” into “%s”', (label, message) => {
    expect(requiredMessage(question(label))).toBe(message);
  });

  it('asks for text with "Enter"', () => {
    expect(requiredMessage(question('What would you like to do?', 'short-text'))).toBe('Enter what you would like to do');
  });

  it('falls back to plain words when the question cannot be turned round safely', () => {
    expect(requiredMessage(question('Does your child have an EHC plan?'))).toBe('Select an answer');
    expect(requiredMessage(question('Professionals listen to me.'))).toBe('Select an answer');
    expect(requiredMessage(question('What are their main needs?', 'multiple-choice'))).toBe('Select at least one answer');
    expect(requiredMessage(question('What is working well?', 'short-text'))).toBe('Enter your answer');
  });
});
