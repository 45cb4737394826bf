export { assessmentRepository, toRecord } from './repository';
export { galleryRepository, type GalleryRepository, type GalleryRefRow, type NewGalleryRef } from './gallery';
export { modelVersionRepository, type ModelVersionRepository, type ModelVersionRow } from './models';
export { reviewedSamples, type ReviewedSample } from './training';
export { decodeEmbedding, encodeEmbedding } from './codec';
