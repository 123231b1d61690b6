// Sidebar entry. The wizard arrives in its own issue; this proves the bundle and the server link.
const root = document.getElementById("app");
if (root) {
  const heading = document.createElement("h1");
  heading.textContent = "KPI Designer";
  const lead = document.createElement("p");
  lead.textContent = "KGI → KFS → KPI";
  root.replaceChildren(heading, lead);
}
