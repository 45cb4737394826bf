import type { DistrictRow } from './types';

/** Eastern and north-eastern districts: [name, hi, lat, lng, aliases]. */
export const EAST_DISTRICTS: Readonly<Record<string, readonly DistrictRow[]>> = {
  WB: [
    ['Kolkata', 'कोलकाता', 22.57, 88.36, ['calcutta', 'কলকাতা', 'kalighat']],
    ['Bankura', 'बांकुड़ा', 23.23, 87.07, ['bishnupur', 'panchmura', 'বাঁকুড়া', 'বিষ্ণুপুর']],
    ['Birbhum', 'बीरभूम', 23.9, 87.53, ['suri', 'shantiniketan', 'santiniketan', 'bolpur', 'বীরভূম']],
    ['Murshidabad', 'मुर्शिदाबाद', 24.1, 88.25, ['baharampur', 'berhampore', 'মুর্শিদাবাদ']],
    ['Nadia', 'नदिया', 23.4, 88.5, ['krishnanagar', 'shantipur', 'phulia', 'নদিয়া']],
    ['Purba Bardhaman', 'पूर्व बर्धमान', 23.24, 87.86, ['burdwan', 'bardhaman', 'east burdwan']],
    ['Darjeeling', 'दार्जिलिंग', 27.04, 88.26],
    ['Howrah', 'हावड़ा', 22.59, 88.31],
    ['Hooghly', 'हुगली', 22.9, 88.39, ['chinsurah', 'hugli']],
    ['Paschim Medinipur', 'पश्चिम मेदिनीपुर', 22.42, 87.32, ['pingla', 'west midnapore', 'naya']],
    ['Malda', 'मालदा', 25.01, 88.14, ['english bazar']],
  ],
  OD: [
    ['Khordha', 'खोर्धा', 20.18, 85.62, ['khurda', 'bhubaneswar', 'भुवनेश्वर', 'ଭୁବନେଶ୍ୱର']],
    ['Cuttack', 'कटक', 20.46, 85.88],
    ['Puri', 'पुरी', 19.81, 85.83, ['raghurajpur', 'pipili', 'pipli', 'रघुराजपुर', 'पिपली']],
    ['Sambalpur', 'संबलपुर', 21.47, 83.97],
    ['Bargarh', 'बरगढ़', 21.33, 83.62],
    ['Ganjam', 'गंजाम', 19.39, 85.05, ['berhampur', 'brahmapur', 'chhatrapur']],
    ['Mayurbhanj', 'मयूरभंज', 21.94, 86.73, ['baripada']],
    ['Kendrapara', 'केंद्रपाड़ा', 20.5, 86.42],
  ],
  AS: [
    ['Kamrup Metropolitan', 'कामरूप महानगर', 26.14, 91.74, ['guwahati', 'gauhati', 'गुवाहाटी', 'kamrup metro']],
    ['Kamrup', 'कामरूप', 26.19, 91.67, ['sualkuchi', 'amingaon', 'rural kamrup']],
    ['Majuli', 'माजुली', 26.95, 94.17, ['garamur']],
    ['Jorhat', 'जोरहाट', 26.75, 94.22],
    ['Dibrugarh', 'डिब्रूगढ़', 27.48, 94.91],
    ['Barpeta', 'बारपेटा', 26.32, 91.0],
    ['Sivasagar', 'शिवसागर', 26.98, 94.64, ['sibsagar']],
  ],
  MN: [
    ['Imphal West', 'इंफाल पश्चिम', 24.81, 93.94, ['imphal']],
    ['Imphal East', 'इंफाल पूर्व', 24.8, 93.96, ['porompat']],
    ['Bishnupur', 'बिष्णुपुर', 24.63, 93.78],
    ['Thoubal', 'थौबल', 24.64, 94.01],
  ],
  ML: [['East Khasi Hills', 'पूर्वी खासी हिल्स', 25.57, 91.88, ['shillong']]],
  NL: [
    ['Kohima', 'कोहिमा', 25.67, 94.11],
    ['Dimapur', 'दीमापुर', 25.91, 93.73],
  ],
  MZ: [['Aizawl', 'आइज़ोल', 23.73, 92.72]],
  TR: [['West Tripura', 'पश्चिम त्रिपुरा', 23.83, 91.28, ['agartala']]],
  AR: [['Papum Pare', 'पापुम पारे', 27.1, 93.62, ['itanagar']]],
  SK: [['Gangtok', 'गंगटोक', 27.33, 88.61, ['east sikkim']]],
};
