import { errorMessage } from './error-message';

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/**
 * A refusal in a form's words. The server names the field a validation error is about ("password: A password has
 * at least 8 characters"): the form marks that field and shows the sentence without the field's name.
 */
export function formError(error: unknown, fields: readonly string[]): { field: string | undefined; message: string } {
  let field: string | undefined;
  const sentences = errorMessage(error)
    .split('; ')
    .map((part) => {
      const [, name, text] = /^(\w+): (.+)$/.exec(part) ?? [];
      if (!name || !text || !fields.includes(name)) return sentence(part);
      field ??= name;
      return sentence(text);
    });
  return { field, message: sentences.join(' ') };
}
