import { describe, expect, it } from 'vitest';
import { toBubble } from './simulator';

describe('simulator bubbles', () => {
  it('draws text, reply buttons, lists, images, audio and locations', () => {
    expect(
      toBubble({ id: '1', direction: 'in', message: { type: 'text', text: { body: 'namaste' } } }),
    ).toEqual({
      id: '1',
      from: 'her',
      kind: 'text',
      text: 'namaste',
    });
    const buttons = toBubble({
      id: '2',
      direction: 'out',
      message: {
        type: 'interactive',
        interactive: {
          type: 'button',
          body: { text: 'Language?' },
          action: { buttons: [{ type: 'reply', reply: { id: 'hi', title: 'हिन्दी' } }] },
        },
      },
    });
    expect(buttons).toMatchObject({
      from: 'bot',
      kind: 'buttons',
      text: 'Language?',
      buttons: [{ id: 'hi', title: 'हिन्दी' }],
    });
    const list = toBubble({
      id: '3',
      direction: 'out',
      message: {
        type: 'interactive',
        interactive: {
          type: 'list',
          body: { text: 'Craft?' },
          action: { button: 'Choose', sections: [{ rows: [{ id: 'madhubani', title: 'Madhubani' }] }] },
        },
      },
    });
    expect(list).toMatchObject({
      kind: 'list',
      button: 'Choose',
      rows: [{ id: 'madhubani', title: 'Madhubani' }],
    });
    expect(
      toBubble({
        id: '4',
        direction: 'out',
        message: { type: 'image', image: { link: '/m/1.jpg', caption: 'c' } },
      }),
    ).toMatchObject({
      kind: 'image',
      url: '/m/1.jpg',
      caption: 'c',
    });
    expect(
      toBubble({
        id: '5',
        direction: 'out',
        mediaUrl: '/a.ogg',
        message: { type: 'audio', audio: { id: 'x' } },
      }),
    ).toMatchObject({
      kind: 'audio',
      url: '/a.ogg',
    });
    expect(
      toBubble({
        id: '7',
        direction: 'in',
        message: { content: { kind: 'button', id: 'hi', title: 'हिन्दी' } },
      }),
    ).toMatchObject({
      kind: 'text',
      text: 'हिन्दी',
    });
    expect(
      toBubble({
        id: '6',
        direction: 'in',
        message: { content: { kind: 'location', lat: 26.1, lng: 85.9 } },
      }),
    ).toMatchObject({
      kind: 'location',
      lat: 26.1,
      lng: 85.9,
    });
  });
});
