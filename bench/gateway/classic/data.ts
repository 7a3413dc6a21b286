// The classic federation benchmark's shop, made up here: six users, nine products, reviews linking them.
export interface User {
  id: string;
  name: string;
  username: string;
  birthday: number;
}
export interface Product {
  upc: string;
  name: string;
  price: number;
  weight: number;
}
export interface Review {
  id: string;
  body: string;
  authorId: string;
  upc: string;
}

const names = ['Amina Belkacem', 'Yacine Haddad', 'Sofia Merabet', 'Karim Bensalem', 'Lina Ferhat', 'Nadir Ouali'];
export const users: User[] = names.map((name, i) => ({
  id: String(i + 1),
  name,
  username: name.split(' ')[0]!.toLowerCase(),
  birthday: 1_234_567_890 + i,
}));

export const products: Product[] = [
  ['Table', 899, 100],
  ['Couch', 1299, 1000],
  ['Glass', 15, 20],
  ['Chair', 499, 100],
  ['TV', 1299, 1000],
  ['Lamp', 6999, 300],
  ['Grill', 3999, 2000],
  ['Fridge', 100000, 6000],
  ['Sofa', 9999, 800],
].map(([name, price, weight], i) => ({ upc: String(i + 1), name: String(name), price: Number(price), weight: Number(weight) }));

const words =
  'the hall was bright and the staff kind we would book it again for the henna night the food came warm and on time music too loud at first then just right parking was easy for the guests'.split(
    ' ',
  );
/** A review body of about `length` characters, the same on every run. */
const body = (seed: number, length: number) => {
  let text = '';
  for (let i = 0; text.length < length; i++) text += `${words[(seed * 7 + i * 3) % words.length]} `;
  return text.trim();
};

// Long bodies, as in the original: the deep query repeats them many times, so answers weigh about 87 KB.
export const reviews: Review[] = Array.from({ length: 11 }, (_, i) => ({
  id: String(i + 1),
  body: body(i, [335, 232, 214, 116, 335, 232, 214, 116, 116, 116, 614][i]!),
  authorId: String((i % 3) + 1),
  upc: String([1, 1, 1, 1, 2, 2, 2, 2, 3, 4, 4][i]),
}));
