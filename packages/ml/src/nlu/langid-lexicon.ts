/**
 * Word lists for language identification within one script. Weights are evidence strength: a word that
 * only one language uses weighs 2–3; a word both use a little more in one language weighs 1.
 * Devanagari words are written as `normalizeForMatch` leaves them (no nukta, chandrabindu → anusvara).
 * Lists are 'word:weight' pairs separated by spaces.
 */

function weighted(list: string): Readonly<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const pair of list.trim().split(/\s+/)) {
    const [word, weight] = pair.split(':');
    if (word) out[word] = Number(weight);
  }
  return out;
}

/** Words (and suffix-bearing forms) that mark Marathi as against Hindi. */
export const MARATHI_WORDS = weighted(`
  आहे:3 आहेत:3 आहात:3 आहेस:3 नाही:3 नाहीत:3 नको:3 मला:3 मी:2 माझं:3 माझा:3 माझी:3 माझे:3 माझ्या:3
  तुम्ही:2 तुमचं:3 आम्ही:2 आपण:2 काय:2 कसं:3 कसे:1 कशा:3 कधी:2 कुठे:3 कोणी:2 कोणाशी:3 आत्ता:3 आता:2
  उद्या:3 परवा:3 पाहिजे:3 हवं:3 हवे:2 हवी:3 हवा:1 होय:3 हो:1 चालेल:3 बरं:3 करा:2 द्या:3 सांगा:3 बघा:3
  पाठवा:3 दाखवा:3 तपासा:3 बोला:3 झालं:3 झाले:2 झाली:2 मिळाले:3 मिळालं:3 मिळेल:3 मिळणार:3 करायचं:3
  करायची:3 करायचे:3 व्हायचं:3 येत:1 येणार:3 जाणार:3 जमणार:3 करेन:3 करते:1 घेते:2 देईन:3 ताई:2 दादा:1
  मंडळी:3 कशी:3 दोन:3 तास:3 शकते:3 शकत:3 देऊ:3 करू:2 बोलाल:3 सांगाल:3 आणि:3 पण:2 खूप:2 थोडं:3 काही:2
  काहीतरी:3 सुट्टी:2 आठवड्यात:3 मोकळी:3 नवीन:2 कामाची:3 कामाचा:3 कामाचे:3 साठी:3 मध्ये:3 पर्यंत:3
  पासून:3 तरी:2 ना:0 हे:1 ही:1 केलं:3 गेलं:3 आलं:3 आली:1 आले:1 ऑर्डरचं:3 चं:3 ला:1 ची:2 चा:2 चे:2
`);

/** Words that mark Hindi as against Marathi. */
export const HINDI_WORDS = weighted(`
  है:3 हैं:3 हूं:3 हूँ:3 हो:1 था:2 थी:2 थे:2 नहीं:3 नही:3 मुझे:3 मुझसे:3 मेरा:3 मेरी:3 मेरे:3 आपका:3
  आपकी:3 हमें:3 क्या:3 कहां:3 कहाँ:3 कब:2 कैसे:3 कैसी:3 कितना:3 कितने:3 कितनी:3 चाहिए:3 करो:3 करें:3
  कीजिए:3 दो:1 दीजिए:3 बताओ:3 दिखाओ:3 भेजो:3 देखो:3 बोलो:3 का:1 की:1 के:2 में:3 से:2 को:2 यह:3 वह:3
  ये:2 वो:2 और:3 भी:2 लिए:3 गया:2 गई:2 गयी:2 रहा:2 रही:2 हुआ:3 हुई:3 मिला:2 मिले:2 मिलेगा:3 आएगा:3
  जाएगा:3 कर:1 करना:3 करनी:3 सकती:3 सकता:3 पाऊंगी:3 दूंगी:3 लूंगी:3 करूंगी:3 अभी:3 कल:1 परसों:3 अगले:3
  हफ्ते:3 जी:1 दीदी:2 बहुत:3 थोड़ा:3 थोडा:3 कुछ:3 नया:2 नई:1 सिर्फ:3 तक:3 लेकिन:3 पर:1 कोई:2 किसी:3
  इंसान:2 बात:2 समय:1 खाली:2 अपना:3 अपनी:2
`);

/** English function and domain words; weights are against Hinglish. */
export const ENGLISH_WORDS = weighted(`
  hi:2 hello:2 the:3 a:1 an:2 is:3 are:3 am:3 was:2 be:1 i:2 my:3 you:3 your:3 we:2 it:2 this:3 that:2
  what:3 where:3 when:3 how:3 who:2 why:2 which:2 want:3 need:3 have:2 has:2 had:2 will:3 can:2 cant:3
  dont:3 not:2 no:1 yes:2 please:1 to:2 of:3 for:3 and:3 with:3 from:3 in:1 on:1 at:2 work:2 job:2
  money:3 earn:3 earnings:3 free:1 available:3 tomorrow:3 today:3 week:3 help:1 show:2 send:2 give:2
  get:2 talk:2 speak:3 call:1 change:2 language:2 thanks:3 thank:3 good:2 morning:2 did:3 do:1 much:3
  many:3 there:3 here:2 some:3 any:3 new:2 now:2 only:3 all:2 sure:2 take:2 accept:2 check:2 skill:1
  hours:2 day:2 days:2 me:1 someone:3 person:3 paid:3
`);

/** Romanized Hindi words; weights are against English. */
export const HINGLISH_WORDS = weighted(`
  hai:3 hain:3 hu:3 hun:3 hoon:3 ho:1 tha:2 thi:2 nahi:3 mujhe:3 mera:3 meri:3 mere:3 mujhse:3 aap:3
  apka:3 apki:3 tum:3 hum:2 hame:3 kya:3 kahan:3 kab:3 kaise:3 kaisa:3 kitna:3 kitne:3 kitni:3
  chahiye:3 karo:3 kar:2 karna:3 karni:3 karu:3 kare:2 karke:3 do:1 dedo:3 dijiye:3 batao:3 dikhao:3
  bhejo:3 dekho:3 bolo:3 ka:2 ki:2 ke:2 mein:2 se:2 ko:2 yeh:2 vo:2 aur:3 bhi:3 liye:3 gaya:3 gayi:3
  raha:3 rahi:3 hua:3 hui:3 mila:3 mile:2 milega:3 ayega:3 aega:3 jayega:3 sakti:3 sakta:3 paungi:3
  dungi:3 lungi:3 karungi:3 abhi:3 kal:2 aj:2 aaj:2 parso:3 parson:3 agle:3 hafte:3 ji:2 didi:2
  bahut:3 thoda:3 kuch:3 koi:3 kisi:3 sirf:3 tak:2 lekin:3 par:1 han:3 haan:3 thik:3 acha:3 accha:3
  kam:1 kaam:3 paise:3 paisa:3 rupaye:3 ghante:3 ghanta:3 din:2 namaste:3 namaskar:3 pranam:3 madad:3
  bhasha:3 baat:3 naam:2 apna:3 apni:3 wala:3 wali:3 main:1 mai:1 bhai:2 bhaiya:3 behen:3 shukriya:3
  dhanyavad:3 kyon:3 chalega:3 pakka:2 manjur:3 sweekar:3 swikar:3 samajh:3 samjh:3 aya:2 aaya:2
  gaon:3 ghar:2
`);
