// GOV.UK radio items from a fixed list of values and their labels, with `checked` from the current value.
export function radioItems<T extends string>(values: readonly T[], labels: Record<T, string>, selected: string | undefined) {
  return values.map((value) => ({ value, text: labels[value], checked: value === selected }))
}
