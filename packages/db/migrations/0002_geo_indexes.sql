-- Nearest-artisan search: a GiST index over ll_to_earth(lat, lng) so earth_box/earth_distance queries use it.
CREATE INDEX IF NOT EXISTS artisans_earth_idx ON artisans USING gist (ll_to_earth(lat, lng)) WHERE lat IS NOT NULL AND lng IS NOT NULL;
