import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readPhotoMetadata } from '../../src/main/core/media/metadata/read-photo-metadata';
import type { PhotoMetadata } from '../../src/main/core/media/metadata/photo-metadata';
import { SHARED_FIXTURES } from '../helpers/seed-article';

/**
 * The shared sample photos (ExifTool's test images). Expected values were determined independently
 * with Debian's exiftool 12.57: `exiftool -a -G1 -s FILE` for what each block holds, and
 * `exiftool -j -n -use MWG -MWG:Description -MWG:Creator -MWG:Copyright -MWG:Keywords
 * -MWG:DateTimeOriginal -MWG:City …` for ExifTool's own MWG reconciliation, which agrees with ours
 * except where noted. Tests do not need exiftool to run.
 */
const photo = (name: string) => readPhotoMetadata(readFileSync(resolve(SHARED_FIXTURES, 'photos', name)));

const expected: Record<string, PhotoMetadata> = {
  // EXIF + XMP (UTF-16BE packet) + IPTC whose digest is stale ("IPTCDigest is not current"):
  // EXIF wins caption/creator/copyright/date; IPTC wins keywords ("jambalaya", not XMP's ExifTool/Test/XMP).
  'ExifTool.jpg': {
    caption: 'A witty caption',
    headline: 'No headline',
    creator: 'Phil Harvey',
    credit: 'My Credit',
    copyright: 'Copyright 2004 Phil Harvey',
    keywords: ['jambalaya'],
    takenAt: '2001-05-19T18:36:41',
    city: 'Kingston',
    gps: null,
  },
  // EXIF (with a GPS IFD: 54°59'22.80" N, 1°54'51.00" W) + IPTC without a digest; IPTC City is " ".
  'GPS.jpg': {
    caption: 'Communications',
    headline: 'Communications',
    creator: 'Ian Britton',
    credit: 'Ian Britton',
    copyright: 'ian Britton - FreeFoto.com',
    keywords: ['Communications'],
    takenAt: '2002-07-13T15:58:28',
    city: '',
    gps: { latitude: 54 + 59 / 60 + 22.8 / 3600, longitude: -(1 + 54 / 60 + 51 / 3600) },
  },
  // IPTC only (its digest is stale, but there is no XMP to weigh against).
  'IPTC.jpg': {
    caption: 'A witty caption',
    headline: 'No headline',
    creator: 'Phil Harvey',
    credit: 'My Credit',
    copyright: 'Copyright 2004 Phil Harvey',
    keywords: ['ExifTool', 'Test', 'IPTC'],
    takenAt: '2004-02-26',
    city: 'Kingston',
    gps: null,
  },
  // IPTC + XMP, no digest. XMP photoshop:DateCreated has only the day; IPTC 2:55 + 2:60 give the
  // same day with a time and offset, which we keep (ExifTool's MWG module returns the bare day).
  'PhotoMechanic.jpg': {
    caption: 'Caption',
    headline: 'Headline',
    creator: 'Photographer',
    credit: 'Credit',
    copyright: 'Copyright',
    keywords: ['Keywords', 'one', 'three', 'two'],
    takenAt: '2006-10-29T06:27:51-05:00',
    city: 'kingston',
    gps: null,
  },
  // EXIF + XMP (UTF-16BE), no IPTC.
  'XMP.jpg': {
    caption: 'A witty caption',
    headline: 'No headline',
    creator: 'Phil Harvey',
    credit: 'My Credit',
    copyright: 'Copyright 2004 Phil Harvey',
    keywords: ['ExifTool', 'Test', 'XMP'],
    takenAt: '2001-05-19T18:36:41',
    city: 'Kingston',
    gps: null,
  },
};

describe('the shared sample photos', () => {
  test.each(Object.keys(expected))('%s gives what exiftool finds in it', async (name) => {
    const { gps, ...rest } = await photo(name);
    const { gps: expectedGps, ...expectedRest } = expected[name]!;
    expect(rest).toEqual(expectedRest);
    if (expectedGps === null) return expect(gps).toBeNull();
    expect(gps?.latitude).toBeCloseTo(expectedGps.latitude, 9);
    expect(gps?.longitude).toBeCloseTo(expectedGps.longitude, 9);
  });

  test('XMP written as UTF-16 is read (ExifTool.jpg and XMP.jpg carry a UTF-16BE packet)', async () => {
    // XMP.jpg has no IPTC, so its keywords and credit can only have come from that packet
    expect((await photo('XMP.jpg')).keywords).toEqual(['ExifTool', 'Test', 'XMP']);
  });
});
