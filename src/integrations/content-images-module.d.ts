// The module src/integrations/content-images.ts makes: the content folder's optimisable images by their
// path inside the folder ("images/kaart.png").
declare module 'virtual:skc/content-images' {
  const images: Readonly<Record<string, import('astro').ImageMetadata>>;
  export default images;
}
