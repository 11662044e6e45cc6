// Marks the navigation link of the current page.
document.querySelectorAll("header nav a").forEach((link) => {
  if (link.pathname === window.location.pathname) {
    link.setAttribute("aria-current", "page");
  }
});
