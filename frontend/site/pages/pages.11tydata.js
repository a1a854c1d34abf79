// Pages paginated over the model (alias `item`) take their address from it. A function here, not a
// "{{ item.url }}" string in front matter, because Eleventy would compile that string once per page:
// with 10,000 articles that compiling was most of the build time.
module.exports = {
  permalink: (data) => (data.item ? `${data.item.url}index.html` : data.permalink),
};
