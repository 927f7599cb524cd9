/**
 * Model aliases name one model only. Search reads a model's name, id and aliases as one phrase each
 * (src/lib/search/model-names.ts), compared as it compares them: case, dots and dashes aside
 * ("Sonnet 3.7" = "sonnet-3-7"). An alias two models share, or one that is another model's name or
 * id, would make search show the other model's figure.
 */
import type { Rule } from '../../records/content-set.ts';
import { problemAt } from '../../records/content-set.ts';
import { modelKey } from '../../search/model-names.ts';

export const modelAliasesRule: Rule = ({ content }) => {
  const models = [...content.models.values()];
  /** Phrase key → the models whose name or id it is. */
  const names = new Map<string, string[]>();
  /** Phrase key → the models that list it as an alias. */
  const aliases = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, id: string) => map.set(key, [...new Set([...(map.get(key) ?? []), id])]);
  for (const { data } of models) {
    for (const name of [data.name, data.id]) add(names, modelKey(name), data.id);
    for (const alias of data.aliases) add(aliases, modelKey(alias), data.id);
  }
  return models.flatMap((model) =>
    model.data.aliases.flatMap((alias, i) => {
      const key = modelKey(alias);
      const named = (names.get(key) ?? []).filter((id) => id !== model.id);
      const shared = (aliases.get(key) ?? []).filter((id) => id !== model.id);
      if (named.length > 0) {
        return [problemAt(model, ['aliases', i], 'model-alias', `The alias "${alias}" is the name or id of the model "${named[0]}"; search could not tell the two apart. Remove it or make it more specific.`)];
      }
      if (shared.length > 0) {
        return [problemAt(model, ['aliases', i], 'model-alias', `The alias "${alias}" is also an alias of the model "${shared[0]}"; an alias must name one model only.`)];
      }
      return [];
    }),
  );
};
