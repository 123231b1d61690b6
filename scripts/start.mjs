// npm start: the local preview arrives in its own issue; until then, say where the build is.
console.log(`Built:
  dist/Code.js          the Apps Script bundle (push with: npm run deploy)
  dist/Sidebar.html     the sidebar, one self-contained file
  dist/appsscript.json  the manifest
The local preview (sheets + sidebar in your browser) is not built yet.`);
