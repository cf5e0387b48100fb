/** Same keys as the zh-CN source, any strings: a translation missing a key fails to compile. */
export type LocaleShape<T> = {
  [K in keyof T]: T[K] extends string ? string : LocaleShape<T[K]>;
};
