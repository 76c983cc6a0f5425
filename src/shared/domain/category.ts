export interface Category {
  id: string;
  name: string;
  position: number;
}
