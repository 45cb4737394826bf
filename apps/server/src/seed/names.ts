/** Plausible names for demo data, by region. Demo people are flagged `is_demo` everywhere. */
export const FIRST_NAMES: Record<string, string[]> = {
  north: ['Sunita', 'Rekha', 'Kamla', 'Geeta', 'Anita', 'Pooja', 'Meena', 'Savitri', 'Shabnam', 'Rubina', 'Nazia', 'Asha', 'Kiran', 'Neelam', 'Santosh', 'Babita', 'Rani', 'Lakshmi'],
  punjab: ['Harpreet', 'Gurpreet', 'Manjit', 'Jasleen', 'Simran', 'Kuldeep', 'Balwinder', 'Paramjit', 'Navneet', 'Rajwinder'],
  west: ['Bhavna', 'Hansa', 'Jasuben', 'Kokila', 'Rukhsana', 'Dhapu', 'Kamli', 'Parvati', 'Leela', 'Hemlata', 'Varsha', 'Sangita', 'Manisha', 'Jyoti'],
  east: ['Rina', 'Mousumi', 'Shefali', 'Tumpa', 'Anjali', 'Sujata', 'Bina', 'Mamata', 'Kalpana', 'Rupa', 'Sabita', 'Champa', 'Basanti', 'Lipika'],
  south: ['Lakshmi', 'Meenakshi', 'Selvi', 'Kavitha', 'Revathi', 'Saraswathi', 'Padma', 'Anitha', 'Shanthi', 'Vasantha', 'Radha', 'Sumathi', 'Girija', 'Latha'],
  central: ['Sukhiya', 'Phoolmati', 'Jamuna', 'Sarita', 'Durga', 'Sunaina', 'Budhni', 'Kaushalya', 'Parvati', 'Ramkali'],
  northeast: ['Bina', 'Rupali', 'Momi', 'Nirmala', 'Thoibi', 'Sanatombi', 'Jyotsna', 'Pranali'],
};

export const SURNAMES: Record<string, string[]> = {
  north: ['Devi', 'Kumari', 'Yadav', 'Verma', 'Khatoon', 'Bano', 'Begum', 'Maurya', 'Prajapati', 'Ansari', 'Saini'],
  punjab: ['Kaur', 'Kaur', 'Kaur', 'Sandhu', 'Gill'],
  west: ['Patel', 'Meghwal', 'Solanki', 'Vankar', 'Khatri', 'Chauhan', 'Parmar', 'Bheel', 'Jadhav', 'Pawar', 'Kale'],
  east: ['Das', 'Mondal', 'Ghosh', 'Barik', 'Mahapatra', 'Sahu', 'Bag', 'Dutta', 'Paul', 'Pradhan'],
  south: ['Murugan', 'Ramasamy', 'Naidu', 'Reddy', 'Gowda', 'Nair', 'Pillai', 'Rao', 'Achari', 'Shetty'],
  central: ['Maravi', 'Dhurve', 'Baiga', 'Uikey', 'Shyam', 'Netam', 'Sahu', 'Kushwaha'],
  northeast: ['Borah', 'Gogoi', 'Devi', 'Chanu', 'Saikia', 'Das'],
};

const REGION_OF_STATE: Record<string, string> = {
  UP: 'north', BR: 'north', HR: 'north', DL: 'north', UK: 'north', HP: 'north', JK: 'north',
  PB: 'punjab',
  RJ: 'west', GJ: 'west', MH: 'west', GA: 'west',
  WB: 'east', OD: 'east', JH: 'east',
  TN: 'south', KA: 'south', KL: 'south', AP: 'south', TS: 'south', PY: 'south',
  MP: 'central', CG: 'central',
  AS: 'northeast', MN: 'northeast', TR: 'northeast', ML: 'northeast', NL: 'northeast', MZ: 'northeast', AR: 'northeast', SK: 'northeast',
};

export const regionOf = (state: string) => REGION_OF_STATE[state] ?? 'north';

export const LANGUAGE_OF_STATE: Record<string, 'hi' | 'ta' | 'bn' | 'mr' | 'en'> = {
  TN: 'ta', PY: 'ta', WB: 'bn', TR: 'bn', MH: 'mr', GA: 'mr',
};

export const GROUP_WORDS = ['Mahila', 'Sakhi', 'Shakti', 'Ujjwala', 'Pragati', 'Jagriti', 'Laxmi', 'Durga', 'Saheli', 'Ekta'];

export const BUYER_ORGS: { name: string; type: 'brand' | 'exporter' | 'retailer' | 'individual' | 'ngo'; state: string }[] = [
  { name: 'Khadi Kala Studio', type: 'brand', state: 'DL' },
  { name: 'Indigo Roots Exports', type: 'exporter', state: 'RJ' },
  { name: 'Desi Haat Retail', type: 'retailer', state: 'MH' },
  { name: 'Sutradhar Crafts Co.', type: 'brand', state: 'KA' },
  { name: 'Bengal Loom House', type: 'retailer', state: 'WB' },
  { name: 'Kaveri Home Decor', type: 'brand', state: 'TN' },
  { name: 'Mitti Ke Rang', type: 'retailer', state: 'UP' },
  { name: 'Ganga Handicraft Exports', type: 'exporter', state: 'UP' },
  { name: 'Rann Utsav Collective', type: 'ngo', state: 'GJ' },
  { name: 'Ananya Sharma', type: 'individual', state: 'DL' },
  { name: 'Tana Bana Textiles', type: 'brand', state: 'GJ' },
  { name: 'Coromandel Artisans Guild', type: 'exporter', state: 'TN' },
  { name: 'Odisha Heritage Store', type: 'retailer', state: 'OD' },
  { name: 'Phool Patti Boutique', type: 'retailer', state: 'PB' },
  { name: 'Madhuban Gallery', type: 'retailer', state: 'BR' },
  { name: 'Vriksh Sustainable Living', type: 'brand', state: 'KL' },
  { name: 'Rohan Mehta', type: 'individual', state: 'MH' },
  { name: 'Gond Art House', type: 'retailer', state: 'MP' },
  { name: 'Saathi Fair Trade', type: 'ngo', state: 'DL' },
  { name: 'Charminar Crafts', type: 'exporter', state: 'TS' },
];
