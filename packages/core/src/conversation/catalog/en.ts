/**
 * English: the source catalog of every bot text in the conversation journeys (WhatsApp and voice).
 * Button titles (btn.*) fit in 20 characters, list rows (row.*) in 24, their descriptions (desc.*) in
 * 72, list buttons (list.*) in 20, in every language (a test checks).
 */
export const en = {
  'lang.prompt': 'Please choose your language.',
  'lang.changed': 'Okay, I will talk to you in English.',
  'list.languages': 'Languages',
  'onb.welcome':
    'Namaste! 🙏 I am SheBalance. I help women artisans get their skill certified and find paid work.',
  'onb.name': 'What is your name?',
  'onb.name_invalid': 'Please type just your name (2 to 60 letters).',
  'onb.craft': 'Nice to meet you, {name}! What craft do you make? Choose from the list, or type its name.',
  'onb.craft_again': 'What craft do you make? Choose from the list, or type its name.',
  'onb.craft_type': 'Please type the name of your craft.',
  'onb.craft_unknown':
    'I could not find the craft "{text}". Please choose from the list, or type another name.',
  'onb.craft_added': 'Added: {craft}. Do you make any other craft?',
  'onb.craft_max': 'You have added {count} crafts. That is enough for now.',
  'onb.location':
    'Where do you live? Tap the button to share your location 📍, or type the name of your district.',
  'onb.district_unknown':
    'I could not find the district "{text}". Please type your district again, or share your location.',
  'onb.location_set': 'Got it: {district}, {state}.',
  'onb.availability': 'How much time can you give to work?',
  'onb.consent':
    'One last step. To certify your skill and show your work to buyers, SheBalance keeps your name, craft, district and the photos you send. Buyers never see your phone number. You can type STOP at any time. Do you agree?',
  'onb.consent_declined':
    'Okay. Without your agreement we cannot save your details. Whenever you are ready, type HI to start again.',
  'onb.done': 'Welcome to SheBalance, {name}! 🎉 Your profile is ready.',
  'list.crafts': 'Crafts',
  'row.craft_other': 'Other craft',
  'desc.craft_other': 'Type the name of your craft',
  'btn.add_craft': 'Add another',
  'btn.crafts_done': "That's all",
  'btn.avail_full': 'Full time',
  'btn.avail_part': 'Part time',
  'btn.avail_weekends': 'Weekends only',
  'btn.agree': 'I agree',
  'btn.disagree': 'No',
  'btn.done': 'Done',
  'btn.menu': 'Menu',
  'btn.help': 'Help',
  'menu.prompt': 'What would you like to do? Tap Menu.',
  'list.menu': 'Menu',
  'row.snap': 'Score my work',
  'desc.snap': 'Send photos of your work to get your skill scored',
  'row.work': 'Find work',
  'desc.work': 'See work offers from buyers',
  'row.earnings': 'My earnings',
  'desc.earnings': 'Money you have earned',
  'row.certificate': 'My certificate',
  'desc.certificate': 'Your skill certificate',
  'row.language': 'Change language',
  'desc.language': 'English, हिन्दी, தமிழ், বাংলা, मराठी',
  'row.help': 'Help',
  'desc.help': 'What I can do for you',
  'row.human': 'Talk to a person',
  'desc.human': 'A person from our team will reply',
  'snap.start':
    'Send 1 to 5 clear photos of one piece of your work, taken in daylight. Tap Done when you have sent them.',
  'snap.got': 'Photo {count} received. Send more, or tap Done.',
  'snap.need_photo': 'Please send at least one photo of your work first.',
  'snap.too_many': 'You have sent 5 photos. That is enough for one piece. Tap Done.',
  'snap.saved':
    'Thank you! We have saved your {count} photos. Automatic scoring is not switched on yet: we will send your score and certificate here as soon as it is ready.',
  'snap.submitted':
    'Thank you! Your {count} photos are being checked. Your score will come here in a few minutes.',
  'work.none':
    'There are no work offers for you yet. We will message you here when a buyer needs your craft.',
  'work.expired': 'That offer is no longer open. We will message you when there is new work.',
  'earnings.none': 'No earnings are recorded yet. When you finish an order, your payments will show here.',
  'certificate.none':
    'You do not have a certificate yet. Choose "Score my work" and send photos of your work to get one.',
  'help.text':
    'I can help you with:\n• Score my work: get your skill certified\n• Find work: offers from buyers\n• My earnings and my certificate\n• Change language\nType MENU at any time to see the menu, or HUMAN to talk to a person.',
  'human.done': 'I have asked a person from our team to help you. They will reply here soon.',
  'stop.done': 'Okay, I have stopped. Type HI whenever you want to continue.',
  'resume.welcome_back': 'Welcome back!',
  'reprompt.stale': 'That button is from an earlier message.',
  'reprompt.unknown': 'Sorry, I did not understand that.',
  'media.audio_unsupported':
    'I could not make out that voice note. Please tap a button, type your answer, or say one of the options again.',
  'media.too_large':
    'That file is too large for me. Please send a shorter voice note (under 1 minute) or a smaller photo.',
  'media.unsupported': 'I cannot open this kind of message. Please type, send a photo, or tap a button.',
  'media.photo_not_now':
    'Thank you for the photo! To get your work scored, choose "Score my work" from the menu.',
  'media.photo_failed': 'I could not open that photo. Please send it again.',
  'work.list': 'You have {count} open work offers. Tap "Offers" and choose one to see the details.',
  'list.offers': 'Offers',
  'work.row_desc': '₹{amount} · by {deadline}',
  'work.details':
    '{craft}: {quantity} pieces for ₹{amount}.\nDeliver by {deadline}.\n"{title}"\nPlease answer before {expires}.',
  'btn.accept': 'Accept',
  'btn.decline': 'Decline',
  'work.accepted':
    'Done! ✅ You accepted {quantity} pieces of {craft} for ₹{amount}. Please deliver by {deadline}. The buyer has been told.',
  'work.decline_reason': 'Okay. Why are you saying no? Your answer helps us send you better work.',
  'list.reasons': 'Reasons',
  'row.reason_busy': 'No time right now',
  'row.reason_price': 'Price is too low',
  'row.reason_deadline': 'Deadline too short',
  'row.reason_far': 'Too far away',
  'row.reason_craft': 'Not my kind of work',
  'row.reason_other': 'Another reason',
  'work.declined': 'Thank you for telling us. We will send you other work.',
  'work.sold_out':
    'Sorry, other artisans have already taken all the pieces of this work. We will message you when there is new work.',
  'work.already_accepted': 'You have already accepted this work. Please deliver by {deadline}.',
  'work.already_declined': 'You already said no to this work.',
  'work.failed': 'Sorry, I could not do that just now. Please try again in a few minutes.',
  'earnings.summary':
    'Your earnings 💰\nEarned: ₹{earned}\nWaiting to be paid: ₹{pending}\nPaid to you: ₹{paid}',
  'earnings.in_progress': 'Orders in progress: {count} (₹{amount} when delivered and paid).',
  'earnings.recent': 'Recent orders:',
  'certificate.sending': 'Here is your certificate: {craft}, level {level}. Anyone can check it here: {url}',
  'certificate.issued':
    'Congratulations! 🎉 Your skill certificate is ready: {craft}, level {level}. Anyone can check it here: {url}',
  'result.scored':
    'Your score is ready! 🎉\nCraft: {craft}\n{level}\nTechnique {technique}/100, design {complexity}/100, finish {quality}/100 · overall {overall}/100.',
  'result.value': 'A piece like this sells for about ₹{min} to ₹{max}.',
  'result.tips': 'Tips to grow:',
  'result.retake_some': 'Some photos could not be used:',
  'result.retake': 'I could not score your work from these photos. Please take them again:',
  'result.retake_again': 'Then choose "Score my work" and send the new photos.',
  'result.rejected':
    'We could not accept these photos. Please send only photos of your craft work. Choose "Score my work" to try again. 🙏',
  'result.review':
    'Thank you! A reviewer from our team will look at your photos, and we will send your score here.',
  'result.failed': 'Sorry, we could not check your photos this time. Please try again later.',
  'snap.intake_failed': 'I could not use your photos: {reason} Choose "Score my work" to send them again.',
} as const;

export type ConversationKey = keyof typeof en;
