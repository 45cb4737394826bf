/**
 * Where artisans live, roughly: population centres across India with a state code (for the craft
 * taxonomy's regions), a relative weight and a spread in degrees.
 */
export interface Centre {
  name: string;
  lat: number;
  lng: number;
  state: string;
  weight: number;
  spread: number;
}

const c = (name: string, lat: number, lng: number, state: string, weight: number, spread = 0.5): Centre => ({
  name,
  lat,
  lng,
  state,
  weight,
  spread,
});

export const CENTRES: readonly Centre[] = [
  c('Delhi', 28.61, 77.21, 'DL', 10, 0.4),
  c('Mumbai', 19.08, 72.88, 'MH', 9, 0.35),
  c('Kolkata', 22.57, 88.36, 'WB', 8),
  c('Chennai', 13.08, 80.27, 'TN', 6, 0.4),
  c('Bengaluru', 12.97, 77.59, 'KA', 6, 0.4),
  c('Hyderabad', 17.39, 78.49, 'TS', 6, 0.4),
  c('Ahmedabad', 23.02, 72.57, 'GJ', 5),
  c('Pune', 18.52, 73.86, 'MH', 4, 0.4),
  c('Jaipur', 26.91, 75.79, 'RJ', 5, 0.6),
  c('Lucknow', 26.85, 80.95, 'UP', 6),
  c('Kanpur', 26.45, 80.33, 'UP', 3),
  c('Varanasi', 25.32, 82.97, 'UP', 4),
  c('Agra', 27.18, 78.01, 'UP', 3),
  c('Patna', 25.59, 85.14, 'BR', 5, 0.6),
  c('Madhubani', 26.35, 86.07, 'BR', 3),
  c('Bhopal', 23.26, 77.41, 'MP', 3),
  c('Indore', 22.72, 75.86, 'MP', 3),
  c('Nagpur', 21.15, 79.09, 'MH', 3),
  c('Bhubaneswar', 20.3, 85.82, 'OD', 4, 0.6),
  c('Puri', 19.81, 85.83, 'OD', 1.5, 0.3),
  c('Guwahati', 26.14, 91.74, 'AS', 3),
  c('Ranchi', 23.34, 85.31, 'JH', 3),
  c('Raipur', 21.25, 81.63, 'CG', 3),
  c('Ludhiana', 30.9, 75.85, 'PB', 4),
  c('Amritsar', 31.63, 74.87, 'PB', 2),
  c('Panipat', 29.39, 76.97, 'HR', 2),
  c('Srinagar', 34.08, 74.8, 'JK', 2, 0.3),
  c('Dehradun', 30.32, 78.03, 'UK', 2, 0.4),
  c('Kangra', 32.1, 76.27, 'HP', 1.5, 0.4),
  c('Surat', 21.17, 72.83, 'GJ', 3, 0.4),
  c('Bhuj', 23.25, 69.67, 'GJ', 2),
  c('Jodhpur', 26.24, 73.02, 'RJ', 3),
  c('Udaipur', 24.58, 73.71, 'RJ', 2),
  c('Kochi', 9.93, 76.27, 'KL', 3, 0.4),
  c('Thiruvananthapuram', 8.52, 76.94, 'KL', 2, 0.3),
  c('Madurai', 9.93, 78.12, 'TN', 3),
  c('Coimbatore', 11.02, 76.96, 'TN', 3, 0.4),
  c('Thanjavur', 10.79, 79.14, 'TN', 2, 0.4),
  c('Visakhapatnam', 17.69, 83.22, 'AP', 3),
  c('Vijayawada', 16.51, 80.65, 'AP', 3),
  c('Mysuru', 12.3, 76.64, 'KA', 2, 0.4),
  c('Hubballi', 15.36, 75.12, 'KA', 2),
  c('Murshidabad', 24.1, 88.27, 'WB', 3),
  c('Imphal', 24.82, 93.94, 'MN', 1.5, 0.3),
  c('Agartala', 23.83, 91.28, 'TR', 1, 0.3),
  c('Shillong', 25.58, 91.89, 'ML', 1, 0.3),
  c('Kohima', 25.67, 94.11, 'NL', 1, 0.3),
  c('Aizawl', 23.73, 92.72, 'MZ', 0.7, 0.3),
  c('Itanagar', 27.08, 93.61, 'AR', 0.5, 0.3),
];

/** Languages SheBalance speaks, by state: Tamil, Bengali, Marathi where spoken, Hindi elsewhere. */
export function homeLanguage(state: string): 'hi' | 'ta' | 'bn' | 'mr' {
  if (state === 'TN') return 'ta';
  if (state === 'WB' || state === 'TR' || state === 'AS') return 'bn';
  if (state === 'MH') return 'mr';
  return 'hi';
}
