/** English: the source catalog. Every other language must have exactly these keys and placeholders. */
export const en = {
  'suggest.lineSharpness': 'Keep your stitches and lines even and tight. Clean, crisp edges show your skill.',
  'suggest.colourRichness':
    "Try adding one or two more colours that go well together. A rich mix of colours catches a buyer's eye.",
  'suggest.symmetry':
    'Try to make both sides of your design match. Fold or measure to mark the centre before you start.',
  'suggest.detailAcrossScales':
    'Add small details inside the big shapes, like fine lines or dots. Fine detail shows high skill.',
  'suggest.patternRegularity':
    'Keep repeated motifs the same size and the same distance apart. Marking a light grid first helps.',
  'suggest.edgeDensity':
    'Fill more of the piece with your work. A fuller design looks richer and fetches a better price.',
  'suggest.keepGoing':
    'Your work is already strong. Try a bigger or more difficult design to show your full skill.',
  'suggest.teachOthers': "Your skill is at a master's level. You could train other women in your group.",
  'suggest.morePhotos':
    'Next time send 3 or more photos: the whole piece, a close-up and the back side. It makes your assessment surer.',
  'praise.lineSharpness': 'Your lines are clean and crisp. Well done!',
  'praise.colourRichness': 'Your colours are rich and lively. Buyers love this.',
  'praise.symmetry': 'Your design is nicely balanced on both sides.',
  'praise.detailAcrossScales': 'Your work has lovely fine detail.',
  'praise.patternRegularity': 'Your repeated motifs are neat and even.',
  'praise.edgeDensity': 'Your piece is richly filled with work.',
  'praise.general': 'Thank you for sharing your work. Every piece you make builds your skill.',
  'retake.too_dark':
    'The photo is too dark. Please take it again in daylight, near a window or outside in the shade.',
  'retake.too_bright': 'The photo is too bright. Please move out of direct sun and do not use the flash.',
  'retake.blurry':
    'The photo is blurry. Hold the phone steady with both hands and tap on your work to focus before you click.',
  'retake.too_small':
    'The photo is too small to judge. Please send the original photo from your camera, not a screenshot or a forwarded copy.',
  'retake.too_far':
    'Your work looks too small in the photo. Please come closer so that your work fills most of the photo.',
  'level.1': 'Beginner',
  'level.2': 'Developing',
  'level.3': 'Skilled',
  'level.4': 'Advanced',
  'level.5': 'Master',
  'level.yours': 'Your skill level: {name} ({level} of 5)',
  'score.technique': 'Technique',
  'score.complexity': 'Complexity',
  'score.quality': 'Finish',
  'score.overall': 'Overall',
  'evidence.edgeDensity': 'How full the work is',
  'evidence.detailAcrossScales': 'Fine detail',
  'evidence.patternRegularity': 'Even repeats',
  'evidence.symmetry': 'Balance (both sides alike)',
  'evidence.colourRichness': 'Colour richness',
  'evidence.lineSharpness': 'Crisp lines',
  'value.summary': 'Estimated price: ₹{min} – ₹{max} per piece.',
  'value.taxonomy_range': '{craft} usually sells for ₹{min} – ₹{max} per piece.',
  'value.complexity': 'Complexity {score} of 100: price × {multiplier}.',
  'value.finish': 'Finish {score} of 100: price × {multiplier}.',
  'value.level': 'Skill level {level}: price × {multiplier}.',
  'value.orders':
    'Prices of {count} completed orders on SheBalance (middle price ₹{median}) count for {weightPct}%.',
  'value.no_orders': 'There are no completed orders for this craft yet, so this uses typical market prices.',
  'value.rounded': 'Rounded to steps of ₹{step}.',
  'intake.unsupported_type': 'Please send a photo (JPG, PNG or WebP).',
  'intake.too_large': 'This photo is too big. Please send one smaller than {maxMb} MB.',
  'intake.too_many_pixels':
    'This photo is too large to open. Please send a normal photo from your phone camera.',
  'intake.empty': 'The file is empty. Please send the photo again.',
  'intake.corrupt': 'We could not open this photo. It may be broken. Please take it again or send it again.',
  'intake.too_many_photos': 'Please send at most {max} photos at a time.',
  'intake.no_photos': 'Please send at least one photo of your work.',
} as const;

export type MessageKey = keyof typeof en;
export type Catalog = Readonly<Record<MessageKey, string>>;
