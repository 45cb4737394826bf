import type { DistrictRow } from './types';

/** Western and central districts: [name, hi, lat, lng, aliases]. */
export const WEST_DISTRICTS: Readonly<Record<string, readonly DistrictRow[]>> = {
  GJ: [
    ['Kutch', 'कच्छ', 23.25, 69.67, ['kachchh', 'kachh', 'bhuj', 'भुज', 'bhujodi']],
    ['Ahmedabad', 'अहमदाबाद', 23.02, 72.57, ['amdavad']],
    ['Surat', 'सूरत', 21.17, 72.83],
    ['Patan', 'पाटन', 23.85, 72.13],
    ['Rajkot', 'राजकोट', 22.3, 70.8],
    ['Vadodara', 'वडोदरा', 22.31, 73.18, ['baroda']],
    ['Jamnagar', 'जामनगर', 22.47, 70.06],
    ['Bhavnagar', 'भावनगर', 21.76, 72.15],
    ['Banaskantha', 'बनासकांठा', 24.17, 72.43, ['palanpur']],
    ['Surendranagar', 'सुरेंद्रनगर', 22.73, 71.64],
  ],
  MH: [
    ['Mumbai', 'मुंबई', 18.94, 72.83, ['bombay', 'mumbai city', 'mumbai suburban']],
    ['Pune', 'पुणे', 18.52, 73.86, ['poona']],
    ['Nagpur', 'नागपुर', 21.15, 79.09],
    ['Palghar', 'पालघर', 19.7, 72.77, ['dahanu', 'jawhar']],
    ['Thane', 'ठाणे', 19.22, 72.98],
    ['Kolhapur', 'कोल्हापुर', 16.7, 74.24],
    ['Nashik', 'नाशिक', 20.0, 73.79, ['nasik', 'yeola', 'येवला']],
    [
      'Chhatrapati Sambhajinagar',
      'छत्रपति संभाजीनगर',
      19.88,
      75.34,
      ['aurangabad', 'paithan', 'औरंगाबाद', 'पैठण'],
    ],
    ['Solapur', 'सोलापुर', 17.66, 75.91, ['sholapur']],
  ],
  GA: [
    ['North Goa', 'उत्तर गोवा', 15.49, 73.83, ['panaji', 'panjim']],
    ['South Goa', 'दक्षिण गोवा', 15.27, 73.96, ['margao', 'madgaon']],
  ],
  DH: [
    ['Dadra and Nagar Haveli', 'दादरा और नगर हवेली', 20.27, 73.01, ['silvassa']],
    ['Daman', 'दमन', 20.41, 72.83],
    ['Diu', 'दीव', 20.71, 70.98],
  ],
  MP: [
    ['Indore', 'इंदौर', 22.72, 75.86],
    ['Bhopal', 'भोपाल', 23.26, 77.41],
    ['Gwalior', 'ग्वालियर', 26.22, 78.18],
    ['Dhar', 'धार', 22.6, 75.3, ['bagh']],
    ['Mandla', 'मंडला', 22.6, 80.37],
    ['Dindori', 'डिंडोरी', 22.94, 81.08, ['patangarh']],
    ['Ashoknagar', 'अशोकनगर', 24.58, 77.73, ['chanderi', 'चंदेरी']],
    ['Khargone', 'खरगोन', 21.82, 75.61, ['maheshwar', 'महेश्वर', 'west nimar']],
    ['Jabalpur', 'जबलपुर', 23.18, 79.95],
    ['Ujjain', 'उज्जैन', 23.18, 75.78, ['bherugarh']],
    ['Betul', 'बैतूल', 21.9, 77.9],
  ],
  CG: [
    ['Raipur', 'रायपुर', 21.25, 81.63],
    ['Bastar', 'बस्तर', 19.08, 82.02, ['jagdalpur', 'जगदलपुर']],
    ['Kondagaon', 'कोंडागांव', 19.59, 81.66],
    ['Raigarh', 'रायगढ़', 21.9, 83.4],
    ['Bilaspur', 'बिलासपुर', 22.08, 82.15],
    ['Janjgir-Champa', 'जांजगीर-चांपा', 22.01, 82.58, ['champa']],
  ],
};
