// The group search page: the same results as the list, as markers on a map, and "use my
// location". The list works without this file; the map only appears when it runs.
const mapElement = document.getElementById("group-map");
const locate = document.getElementById("use-location");

if (locate && "geolocation" in navigator) {
  locate.hidden = false;
  locate.addEventListener("click", () => {
    locate.disabled = true;
    locate.textContent = "Finding you…";
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const form = locate.closest("form");
        const params = new URLSearchParams(new FormData(form));
        params.delete("near");
        // Two decimal places, about a kilometre: enough to find a group, not a home.
        params.set("lat", position.coords.latitude.toFixed(2));
        params.set("lon", position.coords.longitude.toFixed(2));
        window.location.assign(`/groups?${params}`);
      },
      () => {
        locate.disabled = false;
        locate.textContent = "Use my location";
        const hint = document.getElementById("near-hint");
        if (hint) hint.textContent = "We could not get your location. Enter a postcode or a town instead.";
        document.getElementById("near")?.focus();
      },
      { maximumAge: 600000, timeout: 10000 },
    );
  });
}

if (mapElement) {
  const data = JSON.parse(mapElement.dataset.map);
  if (data.centre && data.groups.length > 0) {
    const css = document.createElement("link");
    css.rel = "stylesheet";
    css.href = "/lib/leaflet/leaflet.css";
    document.head.append(css);
    const L = await import("/lib/leaflet/leaflet-src.esm.js");
    mapElement.hidden = false;
    L.Icon.Default.imagePath = "/lib/leaflet/images/";
    const map = L.map(mapElement, { scrollWheelZoom: false });
    L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", {
      maxZoom: 18,
      attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
    }).addTo(map);
    const bounds = [data.centre];
    data.groups.forEach((group, index) => {
      const marker = L.marker([group.lat, group.lon], { title: `${index + 1}. ${group.name}`, alt: `${index + 1}. ${group.name}` }).addTo(map);
      const link = document.createElement("a");
      link.href = `/groups/${group.id}`;
      link.textContent = group.name;
      const popup = document.createElement("p");
      popup.append(link, document.createElement("br"), `${group.km.toFixed(1)} km away`);
      marker.bindPopup(popup);
      bounds.push([group.lat, group.lon]);
    });
    map.fitBounds(bounds, { padding: [24, 24], maxZoom: 14 });
  }
}
