/** Types of headline.js, the page's copy of the command line's headline reading (for its test). */
export interface FurnitureLists {
  lineMarkers: string[];
  endMarkers: string[];
  timestampWords: string[];
  promptPrefixes: string[];
}

export function headlineReader(lists: FurnitureLists): (content: string) => {
  title: string;
  body: string;
};

export function countSyllables(text: string): number;
